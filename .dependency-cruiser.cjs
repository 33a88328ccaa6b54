// The import rules of src/ (`npm run check:deps`, in CI through `npm test`): no cycles of any kind (type-only
// and dynamic imports included), and the layers in docs/architecture.md — the foundation (core/) imports no stage,
// the domain model imports only the foundation, and no stage reaches up into the build, the preview or the CLI.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-circular",
      severity: "error",
      comment: "Two modules that need each other are one module, or share a third: move what both need down a layer.",
      from: {},
      to: { circular: true },
    },
    {
      name: "core-imports-no-stage",
      severity: "error",
      comment: "src/core/ is the foundation every stage stands on: it imports nothing of theirs.",
      from: { path: "^src/core/" },
      to: { path: "^src/", pathNot: "^src/core/" },
    },
    {
      name: "model-imports-only-core",
      severity: "error",
      comment: "The domain's types (src/model/) depend on nothing but the foundation.",
      from: { path: "^src/model/" },
      to: { path: "^src/", pathNot: "^src/(core|model)/" },
    },
    {
      name: "messages-import-only-core",
      severity: "error",
      comment: "The message catalogue (src/messages/) is what every stage speaks with: it depends on nothing but the foundation.",
      from: { path: "^src/messages/" },
      to: { path: "^src/", pathNot: "^src/(core|messages)/" },
    },
    {
      name: "stages-do-not-import-the-build",
      severity: "error",
      comment: "Stages are called by the build, the preview and the CLI; they never call them.",
      from: { path: "^src/(core|messages|model|load|validate|compute|format|render|print|export|publish|import)/" },
      to: { path: "^src/(build|serve|cli)(/|\\.ts$)" },
    },
    {
      name: "compute-is-below-its-consumers",
      severity: "error",
      comment: "The figures and the report model are made before anything checks, renders, prints, exports or publishes them.",
      from: { path: "^src/compute/" },
      to: { path: "^src/(validate|render|print|export|publish|load)/" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { extensions: [".ts", ".js"] },
  },
};
