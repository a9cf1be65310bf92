/**
 * The per-file view of package.json dependencies and of the widget version floor a rule
 * enforces: which entries name a package, and which widget ranges admit a version below
 * the floor, each with the raised range an edit writes. The floor is a parameter
 * (`min-widget-version`'s `minimum`, or another rule's), so rules with other minimums
 * share the same edit table.
 */
import path from 'node:path';
import type { TSESLint } from '@typescript-eslint/utils';
import { semver } from '../../deps.js';
import { raiseRange } from '../engine/ranges.js';
import { WIDGET_PACKAGE, WIDGET_VERSIONS } from '../okta/widget.js';
import { dependencyEntries, dependsOn, type DependencyEntry } from '../packages/package-json.js';
import { admitsVersionBelow, npmAlias } from '../engine/version-sets.js';
import { describeVersion, detectVersion, WIDGET_POLICY } from '../packages/versions.js';
import { editOf, type Edit } from './edit.js';

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;
type Loc = DependencyEntry['node']['loc'];

/** The widget versions a rule allows: `minimum` and up, and the version an edit moves to (`fixTo` when it is higher). */
export interface VersionFloor {
  readonly minimum: string;
  readonly target: string;
  /** Every version below `minimum` runs only the Classic Engine (the minimum is at most 5.2.0). */
  readonly belowIsClassicOnly: boolean;
  /**
   * The versions below `from` are another floor's problem (one owner per problem): a range
   * that admits one, or a page or file that loads one, is not this floor's. Undefined: none.
   */
  readonly from?: string;
}

/**
 * The floor of a rule's options: `minimum` (a version), and `fixTo` when it is higher;
 * `from` when the versions below it belong to a lower floor (`min-widget-version`'s).
 */
export function versionFloor(minimum: string, fixTo?: string, from?: string): VersionFloor {
  return {
    minimum,
    target: fixTo && semver().gt(fixTo, minimum) ? fixTo : minimum,
    belowIsClassicOnly: semver().lte(minimum, WIDGET_VERSIONS.interactionCodeFlow),
    ...(from === undefined ? {} : { from }),
  };
}

/**
 * The version below which an edit leaves nothing: the minimum, or Okta's documented
 * minimum when the edit moves that far (`^4.0.0 || ^5.5.0` → `^5.11.0`, not `^5.5.0`,
 * which prefer-supported-widget-version would report next).
 */
function clearsBelow(floor: VersionFloor): string {
  const documented = WIDGET_VERSIONS.documentedMinimum;
  const upTo = semver().lt(floor.target, documented) ? floor.target : documented;
  return semver().gt(upTo, floor.minimum) ? upTo : floor.minimum;
}

/** A package.json dependency: where a finding about it goes. */
export interface Dependency {
  readonly name: string;
  readonly loc: Loc;
}

/** A widget range that admits versions below the floor. */
export interface OldRange<MessageIds extends string> {
  /** Where the finding goes: the range's string. */
  readonly loc: Loc;
  /** The range as written. */
  readonly range: string;
  /** What is installed or locked for this package.json, for the message (`, now 4.5.0 (package-lock.json)`), or ''. */
  readonly installed: string;
  /** The range raised above the floor in the author's style: an autofix only for a single version that is not a peer range. */
  readonly edit: Edit<MessageIds>;
}

export class PackageView {
  private resolvesTo: string | undefined;

  constructor(private readonly context: Context) {}

  /** The dependency entries of a package.json document's root that name `packageName` (its own name, or an alias of it). */
  dependenciesOn(root: unknown, packageName: string): Dependency[] {
    return dependencyEntries(root).flatMap((entry) => (dependsOn(entry, packageName) ? [{ name: entry.name, loc: entry.node.loc }] : []));
  }

  /**
   * The widget ranges of a package.json that admit a version below the floor (and none
   * below its `from`; dependency names in `ignored` not checked), each with its edit,
   * offered as `suggestion` with the new range as `range`.
   */
  widgetRangesBelow<MessageIds extends string>(
    root: unknown,
    floor: VersionFloor,
    ignored: ReadonlySet<string>,
    suggestion: { messageId: MessageIds },
  ): OldRange<MessageIds>[] {
    const found: OldRange<MessageIds>[] = [];
    for (const entry of dependencyEntries(root)) {
      if (ignored.has(entry.name) || entry.spec === null || !dependsOn(entry, WIDGET_PACKAGE)) continue;
      const { spec } = entry;
      if (admitsVersionBelow(spec, floor.minimum, WIDGET_PACKAGE) !== true) continue;
      // A range that admits a version below `from` is the lower floor's alone.
      if (floor.from !== undefined && admitsVersionBelow(spec, floor.from, WIDGET_PACKAGE) !== false) continue;
      // `npm:@okta/okta-signin-widget@^4.3.2`: an alias of the widget, read through.
      const alias = npmAlias(spec);
      const next = raiseRange(alias?.range ?? spec.trim(), clearsBelow(floor), floor.target);
      const range = `${alias ? `npm:${alias.name === null ? '' : `${alias.name}@`}` : ''}${next.range}`;
      const fix: TSESLint.ReportFixFunction = (fixer) => fixer.replaceTextRange([...entry.value.range], JSON.stringify(range));
      found.push({
        loc: entry.value.loc,
        range: spec,
        installed: this.installedText(),
        // Raising a peer range is a breaking release for a library; other ranges need a person.
        edit: editOf(fix, { ...suggestion, data: { range } }, next.single && entry.section !== 'peerDependencies'),
      });
    }
    return found;
  }

  /** What is installed or locked for this package.json, for the message: asked once per file. */
  private installedText(): string {
    if (this.resolvesTo === undefined) {
      const now = detectVersion(WIDGET_POLICY, path.dirname(this.context.physicalFilename));
      this.resolvesTo = now.source === 'installed' || now.source === 'lockfile' ? `, now ${describeVersion(now, WIDGET_POLICY)}` : '';
    }
    return this.resolvesTo;
  }
}

/** The package view of the file being linted. */
export function getPackageView(context: Context): PackageView {
  return new PackageView(context);
}
