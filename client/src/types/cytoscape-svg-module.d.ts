declare module "cytoscape-svg" {
  const extension: (cy: typeof import("cytoscape")) => void;
  export default extension;
}
