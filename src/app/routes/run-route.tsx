export function RunRoute() {
  return <p>Run page: placeholder</p>;
}
