export function PipelinesRoute() {
  return <p>Pipelines page: placeholder</p>;
}
