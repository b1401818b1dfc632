// CPU time used by all descendants of a process (Linux /proc), so the benchmark can report how
// much of a core the browser needs, which, unlike frame rate, does not depend on what else the
// shared machine is running.
import { readFile, readdir } from 'node:fs/promises';

const TICKS_PER_SECOND = 100;

async function stat(pid) {
  try {
    const text = await readFile(`/proc/${pid}/stat`, 'utf8');
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return { parent: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) };
  } catch {
    return null;
  }
}

/** Seconds of CPU used so far by the descendants of root (not root itself). */
export async function treeCpuSeconds(root) {
  const processes = new Map();
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const info = await stat(entry);
    if (info) processes.set(Number(entry), info);
  }
  const inTree = (pid) => {
    for (let current = processes.get(pid)?.parent ?? 0; current > 1; current = processes.get(current)?.parent ?? 0) {
      if (current === root) return true;
    }
    return false;
  };
  let ticks = 0;
  for (const [pid, info] of processes) if (inTree(pid)) ticks += info.ticks;
  return ticks / TICKS_PER_SECOND;
}
