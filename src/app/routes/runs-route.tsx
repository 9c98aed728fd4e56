import { RunsPage } from '@/features/runs-overview/components/runs-page';

export function RunsRoute() {
  return <RunsPage />;
}
