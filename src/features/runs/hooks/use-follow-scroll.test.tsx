import { act, render } from '@testing-library/react';
import { useFollowScroll } from './use-follow-scroll';

/** A log box of 100 px showing `lines` lines of 20 px (jsdom has no layout, so the box's sizes are given). */
function LogBox({ lines, live }: { lines: number; live: boolean }) {
  const { ref, onScroll } = useFollowScroll<HTMLDivElement>(lines, live);
  return <div ref={ref} onScroll={onScroll} data-testid="log" data-lines={lines} />;
}

function sized(box: HTMLElement) {
  Object.defineProperty(box, 'clientHeight', { configurable: true, get: () => 100 });
  Object.defineProperty(box, 'scrollHeight', { configurable: true, get: () => Number(box.dataset.lines) * 20 });
}

const nextFrame = () => act(() => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined))));

describe('useFollowScroll', () => {
  it('keeps a live log at its newest line, stops while the reader has scrolled up, and resumes at the bottom', async () => {
    const { getByTestId, rerender } = render(<LogBox lines={10} live />);
    const box = getByTestId('log');
    sized(box);
    rerender(<LogBox lines={20} live />);
    await nextFrame();
    expect(box.scrollTop).toBe(400);

    box.scrollTop = 100;
    box.dispatchEvent(new Event('scroll'));
    rerender(<LogBox lines={30} live />);
    await nextFrame();
    expect(box.scrollTop).toBe(100);

    box.scrollTop = 500;
    box.dispatchEvent(new Event('scroll'));
    rerender(<LogBox lines={40} live />);
    await nextFrame();
    expect(box.scrollTop).toBe(800);
  });

  it('leaves an ended run’s log where the reader put it', async () => {
    const { getByTestId, rerender } = render(<LogBox lines={10} live={false} />);
    const box = getByTestId('log');
    sized(box);
    rerender(<LogBox lines={20} live={false} />);
    await nextFrame();
    expect(box.scrollTop).toBe(0);
  });
});
