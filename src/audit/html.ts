/**
 * The report as one self-contained HTML page (`--format html`): inline CSS and SVG, no
 * script, no external resource. A status matrix of packages × engine states (each widget
 * with its version and where it came from), findings by rule and by fix level as bar
 * charts, the plan, and each finding with its code; every text from the repository is
 * HTML-escaped. Numbers carry `data-*` attributes, so a test can read them back.
 */
import type { EngineStatus } from './facts.js';
import type { PlanStep, Report, Rollup } from './report.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text: string): string => text.replace(/[&<>"']/gu, (char) => ESCAPES[char]!);
const e = escapeHtml;

const STATES: readonly { status: EngineStatus; label: string; colour: string }[] = [
  { status: 'runs-oie', label: 'Runs the Identity Engine', colour: '#1a7f37' },
  { status: 'needs-flow', label: 'Needs the flag', colour: '#bf8700' },
  { status: 'classic', label: 'Classic', colour: '#cf222e' },
  { status: 'hosted', label: 'Okta-hosted', colour: '#0969da' },
  { status: 'unknown', label: 'Unknown', colour: '#6e7781' },
];

const LEVELS = [
  { level: 'recommended', label: '--fix', colour: '#1a7f37' },
  { level: 'migrate', label: '--fix=migrate only', colour: '#bf8700' },
  { level: 'none', label: 'people', colour: '#cf222e' },
] as const;

const CSS = `
:root{color-scheme:light;font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1f2328}
body{margin:0 auto;max-width:1100px;padding:16px 24px}
h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:24px 0 8px;border-bottom:1px solid #d0d7de;padding-bottom:4px}
h3{font-size:15px;margin:14px 0 6px}
.meta{color:#57606a}.cards{display:flex;gap:10px;flex-wrap:wrap;margin:12px 0}
.card{border:1px solid #d0d7de;border-radius:6px;padding:8px 14px;min-width:110px}.card b{display:block;font-size:22px}
table{border-collapse:collapse;width:100%;margin:6px 0}table.matrix{font-size:12px;table-layout:fixed}
table.matrix td{overflow-wrap:anywhere}
th,td{border:1px solid #d0d7de;padding:4px 8px;text-align:left;vertical-align:top}th{background:#f6f8fa}
td.n{text-align:right;font-variant-numeric:tabular-nums}
.st{display:inline-block;border-radius:10px;padding:0 8px;color:#fff;font-size:12px;margin:1px 0}
.charts{display:flex;gap:24px;flex-wrap:wrap}.charts figure{margin:0;flex:1 1 420px}figcaption{font-weight:600;margin-bottom:4px}
ol.plan>li{margin:8px 0}ul.check{list-style:none;padding-left:4px}ul.check li{margin:4px 0}ul.check li::before{content:"\\2610  ";}
.loc{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;font-size:12px;color:#57606a}
pre{background:#f6f8fa;border:1px solid #d0d7de;border-radius:6px;padding:6px 8px;overflow:auto;font-size:12px;margin:4px 0 10px}
.finding{margin:6px 0}.tag{font-size:12px;border:1px solid #d0d7de;border-radius:4px;padding:0 4px;margin-left:4px}
.admin{background:#ddf4ff;border-left:3px solid #0969da;padding:4px 8px}
`;

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${e(title)}</title>
<style>${CSS}</style>
</head>
<body>
${body}
</body>
</html>
`;
}

/** A horizontal bar chart as inline SVG; each bar carries its label and value as data attributes. */
function barChart(name: string, bars: readonly { label: string; text?: string; value: number; colour: string }[]): string {
  if (bars.length === 0) return '<p class="meta">Nothing to chart.</p>';
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  const row = 22;
  const labelWidth = 250;
  const width = 640;
  const height = bars.length * row + 4;
  const rows = bars
    .map((bar, index) => {
      const y = index * row + 2;
      const w = Math.round(((width - labelWidth - 50) * bar.value) / max);
      return (
        `<g data-chart="${e(name)}" data-label="${e(bar.label)}" data-value="${bar.value}">` +
        `<text x="${labelWidth - 6}" y="${y + 15}" text-anchor="end" font-size="12">${e(bar.text ?? bar.label)}</text>` +
        `<rect x="${labelWidth}" y="${y + 3}" width="${Math.max(w, 1)}" height="15" rx="2" fill="${bar.colour}"/>` +
        `<text x="${labelWidth + Math.max(w, 1) + 6}" y="${y + 15}" font-size="12">${bar.value}</text></g>`
      );
    })
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${e(name)}" ` +
    `viewBox="0 0 ${width} ${height}" width="100%" style="max-width:${width}px">${rows}</svg>`
  );
}

const badge = (status: string, text: string) => {
  const state = STATES.find((each) => each.status === status) ?? STATES[STATES.length - 1]!;
  return `<span class="st" style="background:${state.colour}" data-status="${e(status)}">${e(text)}</span>`;
};

function planHtml(plan: readonly PlanStep[]): string {
  if (plan.length === 0) return '<p>Nothing left for people.</p>';
  const steps = plan
    .map((step) => {
      const admin = step.adminConsole
        ? `<li class="admin" data-admin-console="${e(step.phase)}"><b>Admin Console:</b> ${e(step.adminConsole)}</li>`
        : '';
      const items = step.items
        .map(
          (item) =>
            `<li data-plan-rule="${e(item.rule)}" data-locations="${item.locations.length}"><a href="${e(item.docs)}">` +
            `<code>${e(item.rule)}</code></a>: ${e(item.description)}` +
            `<br><span class="loc">${item.locations.map(e).join(', ')}</span></li>`,
        )
        .join('');
      return `<li data-phase="${e(step.phase)}"><b>${e(step.title)}</b><ul class="check">${admin}${items}</ul></li>`;
    })
    .join('');
  return `<ol class="plan">${steps}</ol>`;
}

function matrix(report: Report): string {
  const head =
    `<tr><th>Package</th><th>Widget version</th><th>okta-auth-js</th>` +
    `${STATES.map((state) => `<th>${badge(state.status, state.label)}</th>`).join('')}<th>Findings</th></tr>`;
  const rows = report.packages
    .map((pkg) => {
      const cells = STATES.map((state) => {
        const widgets = pkg.widgets.filter((widget) => widget.status === state.status);
        return (
          `<td data-package="${e(pkg.path)}" data-state="${state.status}" data-count="${widgets.length}">` +
          `${widgets.map((widget) => `<div class="loc">${e(widget.path)}:${widget.line}<br>${e(widget.version)}</div>`).join('')}</td>`
        );
      }).join('');
      const cdn = pkg.cdn.length > 0 ? `<br><span class="loc">CDN: ${pkg.cdn.map(e).join(', ')}</span>` : '';
      return (
        `<tr data-package-row="${e(pkg.path)}"><td><code>${e(pkg.path)}</code>${pkg.name ? ` ${e(pkg.name)}` : ''}</td>` +
        `<td>${e(pkg.widget.description)}<br><span class="loc">source: ${e(pkg.widget.source)}</span>${cdn}</td>` +
        `<td>${e(pkg.authJs.description)}</td>${cells}` +
        `<td class="n" data-package-findings="${e(pkg.path)}">${pkg.findings}</td></tr>`
      );
    })
    .join('');
  return `<table class="matrix">${head}${rows}</table>`;
}

/** The body of one repository's report (also a section of a rollup). */
function reportBody(report: Report, heading = 'h2'): string {
  const levels = LEVELS.map((level) => ({ ...level, count: report.findings.filter((finding) => finding.fix === level.level).length }));
  const parts: string[] = [];
  parts.push(
    `<div class="cards">${[
      ['findings', report.fix ? 'Findings left' : 'Findings', report.findings.length],
      ['files', 'Files audited', report.files.linted],
      ['not-read', 'Files not read', report.files.notRead.length],
      ['packages', 'Packages', report.packages.length],
      ['suppressed', 'Suppressed', report.suppressed],
    ]
      .map(([key, label, value]) => `<div class="card"><b data-metric="${key}">${value}</b>${label}</div>`)
      .join('')}</div>`,
  );
  parts.push(`<${heading}>Engine status by package</${heading}>`, matrix(report));
  parts.push(
    `<${heading}>Findings</${heading}><div class="charts"><figure><figcaption>By rule</figcaption>${barChart(
      'by-rule',
      report.rules.map((rule) => ({
        label: rule.rule,
        text: rule.rule.replace(/^okta-oie\//u, ''),
        value: rule.findings,
        colour: '#0969da',
      })),
    )}</figure><figure><figcaption>By fix level</figcaption>${barChart(
      'by-fix',
      levels.map((level) => ({ label: level.label, value: level.count, colour: level.colour })),
    )}</figure></div>`,
  );
  parts.push(`<${heading}>Plan</${heading}>`, planHtml(report.plan));
  if (report.fix) {
    const flag = report.fix.level === 'migrate' ? '--fix=migrate' : '--fix';
    parts.push(`<${heading}>${report.fix.dryRun ? `What ${flag} would change (dry run)` : `What ${flag} changed`}</${heading}>`);
    parts.push(
      report.fix.changed.length === 0
        ? '<p>Nothing.</p>'
        : report.fix.changed
            .map(
              (each) =>
                `<h3><code>${e(each.path)}</code> <span class="tag" data-fixes="${each.fixes}">` +
                `${each.fixes} edits</span></h3><pre>${e(each.diff)}</pre>`,
            )
            .join(''),
    );
  }
  if (report.findings.length > 0) {
    parts.push(`<${heading}>Each finding</${heading}>`);
    const byFile = new Map<string, Report['findings'][number][]>();
    for (const finding of report.findings) byFile.set(finding.path, [...(byFile.get(finding.path) ?? []), finding]);
    for (const [file, list] of byFile) {
      parts.push(`<h3><code>${e(file)}</code></h3>`);
      for (const finding of list) {
        parts.push(
          `<div class="finding" data-finding="${e(finding.rule)}">` +
            `<span class="loc">${e(finding.path)}:${finding.line}:${finding.column}</span> ` +
            `<code>${e(finding.rule)}</code>` +
            `<span class="tag">` +
            `${e(finding.fix === 'recommended' ? '--fix' : finding.fix === 'migrate' ? '--fix=migrate' : 'people')}</span>` +
            `<br>${e(finding.message)}${finding.note !== undefined ? ` <em>${e(finding.note)}</em>` : ''}` +
            `${finding.excerpt !== null ? `<pre><code>${e(finding.excerpt)}</code></pre>` : ''}</div>`,
        );
      }
    }
  }
  if (report.files.notRead.length > 0) {
    const items = report.files.notRead.map(
      (each) =>
        `<li class="loc" data-not-read="${e(each.reason)}">` +
        `${e(each.path)}${each.line !== null ? `:${each.line}` : ''}: ${e(each.message)}</li>`,
    );
    parts.push(`<${heading}>Files not read</${heading}><ul>${items.join('')}</ul>`);
  }
  return parts.join('\n');
}

export function formatHtml(report: Report): string {
  const title = 'Okta Identity Engine migration audit';
  const meta =
    `${e(report.tool.name)} ${e(report.tool.version)} on ESLint ${e(report.tool.eslint)} · ` +
    `${e(report.paths.join(', '))}${report.changed ? ` · changed since ${e(report.changed.since)}` : ''}`;
  return page(title, `<h1>${title}</h1><p class="meta">${meta}</p>\n${reportBody(report)}`);
}

export function formatRollupHtml(rollup: Rollup): string {
  const title = 'Okta Identity Engine migration audit: repositories';
  const head =
    '<tr><th>Repository</th><th>Status</th><th>Widget</th><th>okta-auth-js</th><th>Findings</th>' +
    '<th>--fix</th><th>--fix=migrate</th><th>People</th><th>Left</th></tr>';
  const rows = rollup.repositories
    .map(
      (repo) =>
        `<tr data-repository="${e(repo.path)}"><td><a href="#repo-${encodeURIComponent(repo.path)}"><code>${e(repo.path)}</code></a></td>` +
        `<td data-repo-status="${repo.status}">${e(repo.status)}${repo.error ? `<br><span class="loc">${e(repo.error)}</span>` : ''}</td>` +
        `<td>${repo.packages.map((pkg) => e(pkg.widget)).join('<br>')}</td>` +
        `<td>${repo.packages.map((pkg) => e(pkg.authJs)).join('<br>')}</td>` +
        `<td class="n" data-repo-findings>${repo.findings}</td>` +
        `<td class="n">${repo.fixedByFix}</td><td class="n">${repo.fixedByMigrate}</td>` +
        `<td class="n">${repo.manual}</td><td>${repo.left.map(e).join('<br>')}</td></tr>`,
    )
    .join('');
  const sections = rollup.repositories
    .filter((repo) => repo.report !== null)
    .map(
      (repo) =>
        `<section id="repo-${e(encodeURIComponent(repo.path))}"><h2>${e(repo.path)}</h2>${reportBody(repo.report!, 'h3')}</section>`,
    )
    .join('\n');
  return page(
    title,
    `<h1>${e(title)}</h1><p class="meta">${e(rollup.tool.name)} ${e(rollup.tool.version)} · ` +
      `${rollup.repositories.length} repositories</p>` +
      `<table>${head}${rows}</table>\n${sections}`,
  );
}
