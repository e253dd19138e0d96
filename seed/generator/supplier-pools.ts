/**
 * The supplier market: pools of suppliers by what they sell, each with its concentration.
 * Explicit weights where the market is known to be concentrated (GP systems, 111 platforms,
 * cloud); Zipf power laws elsewhere; a long tail of niche application vendors fills the
 * catalogue to its size. `also` lets a supplier of one pool sell in another (the GP system
 * vendor that also sells community records, the 111 platform vendor that hosts mental
 * health records).
 */
export interface PoolDef {
  readonly count: number;
  readonly suffix: string;
  readonly weights?: readonly number[];
  readonly zipf?: number;
  readonly also?: ReadonlyArray<readonly [pool: string, index: number, weight: number]>;
}

export const CATALOGUE_SIZE = 500;

export const POOLS = {
  platform: { count: 1, suffix: "Software" },
  cloud: { count: 3, suffix: "Cloud", weights: [0.55, 0.35, 0.1] },
  mail: { count: 1, suffix: "Managed Services" },
  natdev: { count: 2, suffix: "Digital", weights: [0.6, 0.4] },
  hscn: { count: 10, suffix: "Networks", zipf: 1 },
  lan: { count: 5, suffix: "Network Systems", zipf: 0.8 },
  firewall: { count: 5, suffix: "Security", zipf: 0.8 },
  backup: { count: 5, suffix: "Data Protection", zipf: 0.8 },
  telephony: { count: 12, suffix: "Communications", zipf: 1 },
  gp: { count: 4, suffix: "Clinical Systems", weights: [0.6, 0.35, 0.03, 0.02] },
  eprAcute: { count: 8, suffix: "Health Systems", weights: [0.28, 0.22, 0.16, 0.1, 0.08, 0.07, 0.05, 0.04] },
  urgent: { count: 2, suffix: "Care Software", weights: [0.85, 0.15] },
  eprMh: {
    count: 3,
    suffix: "Health Informatics",
    weights: [0.3, 0.2, 0.1],
    also: [
      ["urgent", 0, 0.25],
      ["eprAcute", 1, 0.15],
    ],
  },
  eprCommunity: {
    count: 1,
    suffix: "Community Systems",
    weights: [0.25],
    also: [
      ["gp", 1, 0.6],
      ["eprAcute", 2, 0.15],
    ],
  },
  ambulanceEpr: { count: 3, suffix: "Ambulance Systems", weights: [0.5, 0.3, 0.2] },
  cad: { count: 3, suffix: "Dispatch Systems", weights: [0.5, 0.3, 0.2] },
  radio: { count: 1, suffix: "Emergency Radio" },
  carrier: { count: 4, suffix: "Mobile", weights: [0.35, 0.3, 0.2, 0.15] },
  lims: { count: 4, suffix: "Laboratory Systems", weights: [0.4, 0.3, 0.2, 0.1] },
  pathology: { count: 20, suffix: "Pathology Partnership", zipf: 0.9 },
  bloodbank: { count: 3, suffix: "Transfusion Systems", weights: [0.5, 0.3, 0.2] },
  pacs: { count: 6, suffix: "Imaging", zipf: 1 },
  integration: { count: 4, suffix: "Integration", weights: [0.45, 0.3, 0.15, 0.1] },
  epma: {
    count: 5,
    suffix: "Medicines Systems",
    zipf: 1,
    also: [
      ["eprAcute", 0, 0.5],
      ["eprAcute", 1, 0.3],
    ],
  },
  pharmacy: { count: 3, suffix: "Pharmacy Systems", zipf: 1 },
  theatres: { count: 4, suffix: "Theatre Systems", zipf: 1 },
  maternity: { count: 4, suffix: "Maternity Systems", zipf: 1, also: [["eprAcute", 0, 0.6]] },
  edis: {
    count: 2,
    suffix: "Emergency Care Systems",
    weights: [0.3, 0.2],
    also: [
      ["eprAcute", 0, 0.3],
      ["eprAcute", 1, 0.2],
    ],
  },
  flow: { count: 5, suffix: "Patient Flow", zipf: 1 },
  edms: { count: 5, suffix: "Document Management", zipf: 1 },
  dictation: { count: 4, suffix: "Speech Systems", zipf: 1 },
  eobs: { count: 3, suffix: "Observations", zipf: 1 },
  critcare: { count: 3, suffix: "Critical Care Systems", zipf: 1 },
  chemo: { count: 2, suffix: "Oncology Systems", weights: [0.7, 0.3] },
  endoscopy: { count: 2, suffix: "Endoscopy Systems", weights: [0.6, 0.4] },
  cardiology: { count: 3, suffix: "Cardiology Systems", zipf: 1 },
  sexualHealth: { count: 3, suffix: "Sexual Health Systems", zipf: 1 },
  genomics: { count: 2, suffix: "Genomics", weights: [0.6, 0.4] },
  portal: { count: 4, suffix: "Patient Engagement", zipf: 1 },
  shcr: { count: 5, suffix: "Shared Records", zipf: 1 },
  popHealth: { count: 3, suffix: "Population Health", zipf: 1 },
  gpOnline: { count: 6, suffix: "Online Consultation", zipf: 1 },
  gpDocs: { count: 2, suffix: "Document Workflow", weights: [0.7, 0.3] },
  scheduling: { count: 3, suffix: "Scheduling", zipf: 1 },
  talking: { count: 3, suffix: "Therapy Systems", zipf: 1 },
  bms: { count: 4, suffix: "Building Controls", zipf: 1 },
  devices: { count: 20, suffix: "Medical", zipf: 1 },
  dscr: { count: 40, suffix: "Care Technology", zipf: 1.1 },
  emar: { count: 8, suffix: "Medication Records", zipf: 1 },
  broadband: { count: 6, suffix: "Broadband", zipf: 1 },
  itSupport: { count: 60, suffix: "IT Services", zipf: 0.3 },
  /** The long tail of departmental application vendors; its count is whatever is left. */
  app: { count: 0, suffix: "Software", zipf: 0.8 },
} as const satisfies Record<string, PoolDef>;

export type PoolName = keyof typeof POOLS;
