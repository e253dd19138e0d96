/** An answer over GraphQL: data, or errors with their codes. */
export type Answer = { data?: Record<string, unknown> | null; errors?: Array<{ message: string; extensions?: { code?: string } }> };

/**
 * What clients mixing MERGE imports with every kind of risk change on shared risks have in
 * common (register-concurrency, two-servers): the risks they write and the document that moves
 * their ratings, all under the file's prefix, and the record of answers that were not expected.
 */
export function riskMix(prefix: string) {
  const id = (s: string): string => `${prefix}${s}`;
  const deleted = new Set<string>();
  const unexpected: string[] = [];
  return {
    deleted,
    unexpected,
    input: (title: string) => ({
      title,
      threat: "OTHER",
      scenario: { lost: [id("svc-transfusion")] },
      likelihood: "MEDIUM",
      owner: `${prefix}owner`,
      treatment: "TREAT",
      nextReviewDate: "2030-01-01",
    }),
    transfusion: (severity: string) => ({
      careServices: [
        {
          id: id("svc-transfusion"),
          name: "Blood transfusion",
          organisation: id("org-a"),
          severity,
          patientsPerDay: 48,
          impactToleranceHours: 2,
        },
      ],
    }),
    /** An answer is data, or NOT_FOUND for a risk whose deletion someone asked for; anything else is recorded. */
    acknowledged(what: string, target: string | null, r: Answer): boolean {
      if (!r.errors?.length) return true;
      const e = r.errors[0]!;
      if (!(e.extensions?.code === "NOT_FOUND" && target && deleted.has(target)))
        unexpected.push(`${what}: ${e.extensions?.code} ${e.message}`);
      return false;
    },
  };
}
