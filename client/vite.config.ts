import { defineConfig } from "vite";
import { resolve } from "node:path";

// React's automatic JSX runtime through esbuild; no plugin needed for a production build.
export default defineConfig({
  root: resolve(import.meta.dirname),
  base: "/",
  esbuild: { jsx: "automatic" },
  build: {
    outDir: resolve(import.meta.dirname, "dist"),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      // TanStack Query marks its hooks "use client" for React Server Components, which a client-only bundle has no use for.
      onwarn: (warning, warn) => (warning.code === "MODULE_LEVEL_DIRECTIVE" ? undefined : warn(warning)),
    },
  },
  server: { proxy: { "/graphql": "http://127.0.0.1:4000", "/health": "http://127.0.0.1:4000" } },
});
