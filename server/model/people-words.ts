/** A scenario's people counts (docs/model.md section 14), as the API answers them. */
export interface PeopleFigures {
  patientsDisruptedPerDay: number;
  servicesStopped: number;
  servicesDegraded: number;
  recordsExposed: number;
}

/** A count as a board reads it: two significant figures from 100, millions as "1.2 million". */
export function roughly(n: number): string {
  if (n >= 1e6) return `${+(n / 1e6).toPrecision(2)} million`;
  if (n >= 100) return Math.round(Number(n.toPrecision(2))).toLocaleString("en-GB");
  return String(Math.round(n));
}

const count = (n: number, one: string, many: string): string => `${n.toLocaleString("en-GB")} ${n === 1 ? one : many}`;

/**
 * The people first, in words ("about 1,900 patients a day lose their care; 1.2 million records
 * exposed"): weighted patients rank, people decide. One home for the client and the board report.
 */
export function peopleWords(f: PeopleFigures): string {
  const parts: string[] = [];
  if (f.servicesStopped + f.servicesDegraded > 0) {
    const care =
      f.patientsDisruptedPerDay > 0
        ? `About ${roughly(f.patientsDisruptedPerDay)} patients a day lose their care`
        : "No patient loses care";
    const services = [
      f.servicesStopped ? `${count(f.servicesStopped, "service", "services")} stopped` : "",
      f.servicesDegraded ? `${count(f.servicesDegraded, "service", "services")} degraded` : "",
    ]
      .filter(Boolean)
      .join(", ");
    parts.push(`${care} (${services})`);
  } else parts.push("No care service is disrupted");
  parts.push(f.recordsExposed > 0 ? `${roughly(f.recordsExposed)} records exposed` : "no records exposed");
  return `${parts.join("; ")}.`;
}

const wholeNumber = (n: number): string => Math.round(n).toLocaleString("en-GB");

/**
 * One people figure's change under a set of changes, in words: "patients a day who lose their
 * care fall from about 4,100 to 3,900"; a figure left where it was (as the numbers read) says so
 * plainly: "… stay at about 3,881, as the chosen set does not change them", never "from about
 * 3,881 to 3,881". The Plan page, the report page's budget section and the PDF all say it so.
 */
export function figureChange(what: string, before: number, after: number): string {
  const [from, to] = [wholeNumber(before), wholeNumber(after)];
  if (from === to) return `${what} stay at about ${from}, as the chosen set does not change them`;
  return `${what} ${after < before ? "fall" : "rise"} from about ${from} to ${to}`;
}
