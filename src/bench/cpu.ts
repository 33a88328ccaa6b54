// CPU time from Linux's /proc/self/stat: this process's own (all its threads), and that of its finished
// children with their own waited-for children (a build's browser and its renderers). Undefined where there is
// no /proc. The clock ticks are 1/100 s, as on every Linux this runs on.
import { readFileSync } from "node:fs";

export interface Cpu {
  selfMs: number;
  childrenMs: number;
}

export function cpuNow(): Cpu | undefined {
  try {
    const stat = readFileSync("/proc/self/stat", "utf8");
    // Fields 14–17 of proc(5): utime, stime, cutime, cstime; counted from after the command's ")".
    const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ").map(Number);
    return { selfMs: (f[11]! + f[12]!) * 10, childrenMs: (f[13]! + f[14]!) * 10 };
  } catch {
    return undefined;
  }
}
