import { Tag } from 'antd';
import { useT, type MessageKey, type Translate } from '../i18n';

const ORG_KINDS = {
  CITY: { labelKey: 'orgKind.CITY', color: 'volcano' },
  COUNTY: { labelKey: 'orgKind.COUNTY', color: 'gold' },
  PARK: { labelKey: 'orgKind.PARK', color: 'geekblue' },
  TOWNSHIP: { labelKey: 'orgKind.TOWNSHIP', color: 'cyan' },
} as const satisfies Record<string, { labelKey: MessageKey; color: string }>;

type OrgKind = keyof typeof ORG_KINDS;

// The API types kind as a plain string; anything unexpected is shown as sent.
function knownKind(kind: string): OrgKind | undefined {
  return kind in ORG_KINDS ? (kind as OrgKind) : undefined;
}

export function orgKindLabel(kind: string, t: Translate): string {
  const known = knownKind(kind);
  return known ? t(ORG_KINDS[known].labelKey) : kind;
}

export function OrgKindTag({ kind }: { kind: string }) {
  const t = useT();
  const known = knownKind(kind);
  return <Tag color={known ? ORG_KINDS[known].color : undefined}>{orgKindLabel(kind, t)}</Tag>;
}
