import { useCombobox } from "downshift";
import type { ReactNode } from "react";

/** One choice of a combobox: what is chosen (id), what is read (name) and where it belongs. */
export interface Choice {
  id: string;
  name: string;
  /** The organisation (or kind) that tells same-named choices apart. */
  detail?: string;
}

/**
 * A type-ahead as WAI-ARIA's combobox pattern (downshift): arrow keys move through the choices,
 * Enter picks the highlighted one, Escape closes the list, focus stays in the field. Enter never
 * submits the form around it: a form is sent with its button. The text is downshift's own
 * (a controlled value drops keys typed faster than a render); `start` is where it begins.
 */
export function ComboBox({
  id,
  label,
  choices,
  start = "",
  onText,
  onPick,
  clearOnPick = false,
  invalid,
  describedBy,
  required,
  status,
}: {
  id: string;
  label: ReactNode;
  choices: readonly Choice[];
  start?: string;
  onText: (text: string) => void;
  onPick: (choice: Choice) => void;
  /** Empty the field once a choice is made (a search that adds to a list). */
  clearOnPick?: boolean;
  invalid?: boolean;
  describedBy?: string;
  required?: boolean;
  /** Said under the list while it has no choices (too short, searching, nothing found). */
  status?: string;
}) {
  const box = useCombobox<Choice>({
    id,
    inputId: id,
    items: [...choices],
    initialInputValue: start,
    // A search that adds to a list holds no choice: each pick is a change, the same one again too.
    ...(clearOnPick ? { selectedItem: null } : {}),
    itemToString: (c) => c?.name ?? "",
    onInputValueChange: ({ inputValue, type }) => {
      if (type === useCombobox.stateChangeTypes.InputChange) onText(inputValue);
    },
    onSelectedItemChange: ({ selectedItem }) => {
      if (selectedItem) onPick(selectedItem);
    },
    stateReducer: (state, { type, changes }) => {
      const picked = type === useCombobox.stateChangeTypes.InputKeyDownEnter || type === useCombobox.stateChangeTypes.ItemClick;
      if (clearOnPick && picked) return { ...changes, inputValue: "" };
      // The field was emptied at the pick; the held-null choice's later reset must not wipe what
      // has been typed since (the first key after a pick was lost to it).
      if (clearOnPick && type === useCombobox.stateChangeTypes.ControlledPropUpdatedSelectedItem)
        return { ...changes, inputValue: state.inputValue };
      return changes;
    },
  });
  const open = box.isOpen && (choices.length > 0 || !!status);
  return (
    <div className="combo-box">
      <label {...box.getLabelProps()}>{label}</label>
      <input
        {...box.getInputProps({
          "aria-invalid": invalid || undefined,
          "aria-describedby": describedBy,
          required,
          onKeyDown: (e) => {
            if (e.key === "Enter") e.preventDefault();
          },
        })}
      />
      <ul {...box.getMenuProps()} className={open ? "open" : undefined}>
        {open &&
          choices.map((c, i) => (
            <li
              key={c.id}
              data-id={c.id}
              className={box.highlightedIndex === i ? "highlighted" : undefined}
              {...box.getItemProps({ item: c, index: i })}
            >
              {c.name}
              {c.detail && <span className="muted"> · {c.detail}</span>}
            </li>
          ))}
        {open && choices.length === 0 && <li className="muted">{status}</li>}
      </ul>
    </div>
  );
}
