// @ts-check
/**
 * The progress chart, drawn as SVG from the drawing the coach sends with its reply (the drawing an Echo Show draws
 * too): the weak side's reps in each set of rows and the weight, workout by workout, the steps up, and each test's gap.
 * Each mark's role is its class; the style sheet colours it.
 */
/** @typedef {import('../../core/progressChart').ProgressChart} Chart */

const SVG = 'http://www.w3.org/2000/svg';

/**
 * @param {string} tag
 * @param {Record<string, string | number>} attributes
 * @param {string} [text]
 */
const svg = (tag, attributes, text) => {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  if (text !== undefined) element.textContent = text;
  return element;
};

/** @param {Chart} chart */
const drawing = (chart) => {
  const root = svg('svg', { viewBox: `0 0 ${chart.width} ${chart.height}`, role: 'img', class: 'chart' });
  root.append(svg('title', {}, chart.description));
  for (const [role, d] of Object.entries(chart.paths)) if (d) root.append(svg('path', { d, class: `mark ${role}` }));
  for (const text of chart.texts) root.append(svg('text', { x: text.x, y: text.y, 'text-anchor': text.anchor, class: `label ${text.role}` }, text.text));
  return root;
};

/**
 * @param {object} elements
 * @param {HTMLDetailsElement} elements.box
 * @param {HTMLElement} elements.legend
 * @param {HTMLElement} elements.charts
 */
export function createProgressChart({ box, legend, charts }) {
  const roomy = window.matchMedia('(min-width: 50rem)');
  return {
    /** @param {Chart} chart */
    show(chart) {
      legend.replaceChildren(...chart.legend.map((item) => Object.assign(document.createElement('span'), { className: `key ${item.role}`, textContent: item.text })));
      charts.replaceChildren(drawing(chart));
      box.open = roomy.matches;
      box.hidden = false;
    },
    hide() {
      box.hidden = true;
    },
  };
}

/** @typedef {ReturnType<typeof createProgressChart>} ProgressChart */
