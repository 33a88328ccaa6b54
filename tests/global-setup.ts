// The end-to-end tests run the compiled CLI, as a user does: compile once before the suite.
import { execFileSync } from "node:child_process";

export default function setup(): void {
  execFileSync("npx", ["--no-install", "tsc", "-p", "tsconfig.json"], { stdio: "inherit" });
}
