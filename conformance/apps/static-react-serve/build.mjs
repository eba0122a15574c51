// Bundles src/ into dist/ and copies public/ next to it (the shape of a Vite/CRA build output).
import { build } from "esbuild";
import { cpSync, mkdirSync } from "node:fs";

mkdirSync("dist", { recursive: true });
await build({
  entryPoints: ["src/main.jsx"],
  bundle: true,
  minify: true,
  sourcemap: true,
  outdir: "dist/assets",
  define: { "process.env.NODE_ENV": '"production"' },
  loader: { ".jsx": "jsx" },
  jsx: "automatic",
});
cpSync("public", "dist", { recursive: true });
