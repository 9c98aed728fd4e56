export function PipelineRoute() {
  return <p>Pipeline page: placeholder</p>;
}
