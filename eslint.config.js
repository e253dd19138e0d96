import { readdirSync } from "node:fs";
import js from "@eslint/js";
import { createTypeScriptImportResolver } from "eslint-import-resolver-typescript";
import { importX } from "eslint-plugin-import-x";
import tseslint from "typescript-eslint";

// A client feature may use its own files, client/src/components and client/src/lib, never
// another feature's internals: a piece two features share moves to components or lib.
const features = readdirSync("client/src/features", { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);
const featureZones = features.map((name) => ({
  target: `./client/src/features/${name}`,
  from: "./client/src/features",
  except: [`./${name}`],
  message: "A feature does not reach into another feature; move what they share to client/src/components or client/src/lib.",
}));

// The layers of server/, top first (README, Layout): a folder imports only from the layers below
// it, never from one above or beside it, and import-x/no-cycle keeps files from circling. The
// engine is pure and reads only the model; the Cypher knows nothing of the trail or the resolvers.
const SERVER_LAYERS = [
  ["main.ts", "cli"],
  ["app.ts"],
  ["http"],
  ["resolvers"],
  ["graphql"],
  ["exports", "feeds"],
  ["report"],
  ["planning"],
  ["import"],
  ["model-change"],
  ["register"],
  ["analysis"],
  ["history"],
  ["auth"],
  ["audit"],
  ["neo4j"],
  ["graph"],
  ["engine"],
  ["base", "secrets"],
  ["model"],
];
const layerZones = SERVER_LAYERS.flatMap((layer, i) =>
  layer.map((part) => ({
    target: `./server/${part}`,
    from: SERVER_LAYERS.slice(0, i + 1)
      .flat()
      .filter((other) => other !== part)
      .map((other) => `./server/${other}`),
    message: `server/${part} imports only the layers below it (SERVER_LAYERS in eslint.config.js; README, Layout).`,
  })),
);
const engineZones = [
  {
    target: "./server/engine",
    from: ["./server/base", "./server/secrets"],
    message: "The engine is pure: it imports only server/engine and server/model.",
  },
  {
    target: "./server/engine",
    from: ["./client", "./seed", "./tests"],
    message: "The engine is pure: it imports only server/engine and server/model.",
  },
];

// A projection's typed-array columns are the engine's to read: the rest of the server asks
// server/engine/query.ts (analysis/shared-projection.ts alone copies them whole, to share them).
// An index into one of these names is refused, a literal index aside (a Neo4j result's
// records[0] is no column), and so is any use of the names no other object has.
const PROJECTION_COLUMNS =
  "kind|organisation|region|slotStart|slotFallback|memberStart|memberTarget|memberShare|dependentStart|dependent|" +
  "patientsPerDay|severity|toleranceHours|workaroundCapacity|workaroundHours|recoveryHours|records|tier|" +
  "adminStart|adminTarget|accessStart|accessTarget|hostSupplier|implied";
const CSR_COLUMNS =
  "slotStart|slotFallback|memberStart|memberTarget|memberShare|dependentStart|adminStart|adminTarget|accessStart|accessTarget|hostSupplier";
const columnMessage = "Ask the engine (server/engine/query.ts) rather than read a projection's columns outside server/engine.";
const columnReachIns = [
  {
    selector: `MemberExpression[computed=true][property.type!='Literal'] > MemberExpression.object[computed=false][property.name=/^(${PROJECTION_COLUMNS})$/]`,
    message: columnMessage,
  },
  { selector: `MemberExpression[computed=false][property.name=/^(${CSR_COLUMNS})$/]`, message: columnMessage },
];

export default tseslint.config(
  { ignores: ["node_modules/", "client/dist/", "server/resolvers/generated.ts", "client/src/gql/", ".data/", "neo4j/target/"] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    rules: {
      "@typescript-eslint/no-non-null-assertion": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["**/*.ts", "**/*.tsx"],
    languageOptions: { globals: { process: "readonly", console: "readonly", Buffer: "readonly" } },
    plugins: { "import-x": importX },
    settings: {
      // The TypeScript parser for the files the rules follow (no-cycle reads every import), and
      // the TypeScript resolver for the ".js" specifiers that name ".ts" files.
      "import-x/extensions": importX.flatConfigs.typescript.settings["import-x/extensions"],
      "import-x/parsers": importX.flatConfigs.typescript.settings["import-x/parsers"],
      "import-x/resolver-next": [createTypeScriptImportResolver({ project: "tsconfig.json" })],
    },
    rules: {
      "import-x/no-restricted-paths": ["error", { zones: [...layerZones, ...engineZones, ...featureZones] }],
      "import-x/no-cycle": ["error", { ignoreExternal: true }],
    },
  },
  {
    files: ["server/**/*.ts"],
    ignores: ["server/engine/**", "server/analysis/shared-projection.ts"],
    rules: { "no-restricted-syntax": ["error", ...columnReachIns] },
  },
  {
    files: ["server/engine/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^(neo4j-driver|graphql|graphql-yoga|@graphql-tools/.*|dataloader)$",
              message: "The engine is pure: no driver, no GraphQL.",
            },
            { regex: "^node:(fs|net|http|https|child_process|worker_threads)(/.*)?$", message: "The engine is pure: no I/O." },
          ],
        },
      ],
    },
  },
);
