/** The demo identity provider's people: each signs in with this login and any password. */
export const DEMO_PEOPLE: Record<string, { name: string; groups?: string[]; roles?: string[]; organisation?: string; says: string }> = {
  "demo-rvr": { name: "Riya Patel", groups: ["rvr-risk-managers"], organisation: "org-rvr", says: "risk manager, Riverside Hospitals" },
  "demo-nmg": { name: "Noah Green", roles: ["RiskManager"], organisation: "org-nmg", says: "risk manager, Northmere General" },
  "demo-ics": { name: "Isla Carter", groups: ["ics-risk-managers"], says: "ICS-wide risk manager, may accept risks" },
  "demo-auditor": { name: "Aled Jones", groups: ["ics-audit"], says: "auditor" },
  "demo-board": { name: "Beth Morgan", groups: ["ics-board"], says: "board member" },
};
