/**
 * The machine's ceiling for the scroll figure: a bare virtualised table (no framework,
 * 40 rows redrawn on every scroll event between two spacer rows) of the same height,
 * scrolled the same way. Headless Chromium without a GPU rarely holds 60 fps even here.
 */
export async function calibrationTable(page, { rows, rowHeight }) {
  await page.setContent(`<div id="box" style="max-height:28rem;overflow:auto;font:12px sans-serif">
    <table aria-label="calibration" style="width:100%;table-layout:fixed;border-spacing:0"><tbody></tbody></table></div>`);
  await page.evaluate(
    ({ rows, rowHeight }) => {
      const box = document.getElementById('box');
      const body = box.querySelector('tbody');
      const spacer = (height) =>
        `<tr aria-hidden="true"><td colspan="4" style="padding:0;height:${height}px"></td></tr>`;
      const draw = () => {
        const first = Math.max(0, Math.floor(box.scrollTop / rowHeight) - 10);
        const last = Math.min(rows, first + 40);
        let html = spacer(first * rowHeight);
        for (let i = first; i < last; i += 1) {
          html += `<tr style="height:${rowHeight}px"><td>${i + 1}</td><td>email</td><td>value ${i}</td><td>Invalid email format</td></tr>`;
        }
        body.innerHTML = html + spacer((rows - last) * rowHeight);
      };
      box.addEventListener('scroll', draw);
      draw();
    },
    { rows, rowHeight },
  );
  return page.getByRole('table', { name: 'calibration' });
}
