export function CheckpointsRoute() {
  return <p>Checkpoints page: placeholder</p>;
}
