/** Whether the link a–b joins two consecutive nodes of a request's path (links are undirected). */
export function isOnPath(path: readonly string[] | undefined, a: string, b: string): boolean {
  if (!path) return false;
  for (let i = 1; i < path.length; i++) {
    const from = path[i - 1];
    const to = path[i];
    if ((from === a && to === b) || (from === b && to === a)) return true;
  }
  return false;
}
