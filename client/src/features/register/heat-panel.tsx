import { HeatMap, type HeatCell } from "../../components/heat-map.js";

/** The DCB0160 heat map of the open risks, by inherent or residual rating. */
export function HeatPanel(p: { cells: HeatCell[]; residual: boolean; onResidual: (residual: boolean) => void }) {
  return (
    <div>
      <fieldset className="heat-switch">
        <legend>Heat map of</legend>
        <label>
          <input type="radio" name="heat" checked={!p.residual} onChange={() => p.onResidual(false)} /> Inherent ratings
        </label>{" "}
        <label>
          <input type="radio" name="heat" checked={p.residual} onChange={() => p.onResidual(true)} /> Residual ratings
        </label>
      </fieldset>
      <HeatMap
        cells={p.cells}
        caption={`Open risks by ${p.residual ? "residual (after controls)" : "inherent"} likelihood and consequence (DCB0160)`}
      />
    </div>
  );
}
