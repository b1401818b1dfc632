/** The check list as the walkaround shows it: one group per category, in the order the list first names it. */
export function groupByCategory(items) {
  const groups = new Map();
  for (const item of items) {
    if (!groups.has(item.category)) groups.set(item.category, []);
    groups.get(item.category).push(item);
  }
  return [...groups].map(([category, grouped]) => ({ category, items: grouped }));
}
