/** No checkpoints yet: say what one is for, so an empty table is not a mystery. */
export function CheckpointsEmpty() {
  return (
    <div className="rounded border border-dashed border-slate-300 p-4 text-sm dark:border-slate-700">
      <p className="font-medium">This pipeline has no checkpoints yet.</p>
      <p className="mt-1 text-slate-600 dark:text-slate-400">
        A checkpoint is a snapshot of the pipeline’s state in persistent storage. When the pipeline is suspended, or
        restarts after a failure, it resumes from its latest checkpoint instead of processing all its input again.
        Checkpoints appear here once the pipeline takes one: when it is suspended, or on its checkpoint schedule.
      </p>
    </div>
  );
}
