import { PipelinesPage } from '@/features/pipelines/components/pipelines-page';

export function PipelinesRoute() {
  return <PipelinesPage />;
}
