/**
 * The one difference a split or partial build may make: chart ids ("chart-12", "hatch-3") come from
 * a counter that runs across a build, so they depend on which pages the same process rendered
 * before. Numbered by first appearance in each file, a page compares equal when its ids are unique
 * and used alike.
 */
export function renumberChartIds(text: string): string {
  const seen = new Map<string, string>();
  return text.replace(/\b(chart|hatch)-\d+\b/g, (id, prefix: string) => {
    let renamed = seen.get(id);
    if (!renamed) seen.set(id, (renamed = `${prefix}-#${seen.size + 1}`));
    return renamed;
  });
}
