import { QueryClientProvider } from '@tanstack/react-query';
import { createBrowserRouter } from 'react-router';
// The DOM build: it wires ReactDOM.flushSync, so a click that writes the URL (a status box) shows at once.
import { RouterProvider } from 'react-router/dom';
import { createQueryClient } from './query-client';
import { routes } from './routes';

const queryClient = createQueryClient();
const router = createBrowserRouter(routes);

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}
