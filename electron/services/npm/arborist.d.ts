// The part of @npmcli/arborist (npm's own installer, no types of its own) that npm-install uses.
declare module '@npmcli/arborist' {
  interface ArboristNode {
    name: string;
    version: string;
    location: string;
    isProjectRoot: boolean;
    isLink: boolean;
    shouldOmit(omit: Set<string>): boolean;
  }

  interface ArboristTree extends ArboristNode {
    inventory: Map<string, ArboristNode>;
  }

  class Arborist {
    constructor(options: Record<string, unknown>);
    idealTree: ArboristTree | null;
    virtualTree: ArboristTree | null;
    loadVirtual(): Promise<ArboristTree>;
    buildIdealTree(): Promise<ArboristTree>;
    reify(options?: Record<string, unknown>): Promise<ArboristTree>;
  }

  export default Arborist;
}
