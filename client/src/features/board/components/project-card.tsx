import { useFragment } from '@apollo/client/react';
import { FLAG_LABELS, STAGE_LABELS, formatWan, type Stage } from '@luodi/domain';
import { Tooltip } from 'antd';
import { memo, useState, type CSSProperties, type KeyboardEvent } from 'react';
import type { BoardCardFragment } from '../../../gql/graphql';
import { useBilingual, useFlagReason, useLocale, useT } from '../../../shared/i18n';
import { BoardCardFragmentDoc } from '../api/board-operations';
import { useIdInStore, type IdSetStore } from '../hooks/id-set-store';
import type { DragHandle } from './kanban-board';

// Plain elements with hoisted styles: two thousand cards must mount and re-render cheaply.
const cardStyle: CSSProperties = {
  background: '#fff',
  borderRadius: 6,
  padding: '10px 12px',
  marginBottom: 8,
  boxShadow: '0 1px 2px rgba(0, 0, 0, 0.08)',
  border: '1px solid transparent',
  cursor: 'grab',
  fontSize: 13,
  lineHeight: 1.5,
  color: 'rgba(0, 0, 0, 0.88)',
  outline: 'none',
  userSelect: 'none',
};
const draggingStyle: CSSProperties = {
  boxShadow: '0 8px 20px rgba(0, 0, 0, 0.18)',
  borderColor: '#c0392b',
};
// Waiting for its dialog or the server: a dashed outline, not faded text that cannot be read.
const pendingStyle: CSSProperties = {
  borderStyle: 'dashed',
  borderColor: '#c0392b',
  background: '#fdf6f5',
};
const nameStyle: CSSProperties = {
  fontWeight: 600,
  fontSize: 14,
  display: '-webkit-box',
  WebkitLineClamp: 2,
  WebkitBoxOrient: 'vertical',
  overflow: 'hidden',
};
const terminatedStyle: CSSProperties = { color: '#666', fontWeight: 400, marginInlineEnd: 6 };
const mutedStyle: CSSProperties = {
  color: 'rgba(0, 0, 0, 0.62)',
  fontSize: 12,
  whiteSpace: 'nowrap',
  overflow: 'hidden',
  textOverflow: 'ellipsis',
};
const rowStyle: CSSProperties = {
  display: 'flex',
  flexWrap: 'wrap',
  justifyContent: 'space-between',
  alignItems: 'baseline',
  columnGap: 8,
  marginTop: 4,
};
const amountStyle: CSSProperties = { fontWeight: 600, whiteSpace: 'nowrap' };
const daysStyle: CSSProperties = { ...mutedStyle, flexShrink: 0 };
const peopleStyle: CSSProperties = { ...mutedStyle, marginTop: 2 };
const noLeaderStyle: CSSProperties = { color: '#cf1322', fontWeight: 600 };
const barTrackStyle: CSSProperties = {
  height: 6,
  borderRadius: 3,
  background: '#f0f0f0',
  marginTop: 8,
  overflow: 'hidden',
};
// Arrived and verified money in full: the caption wraps rather than cutting the verified part.
const barCaptionStyle: CSSProperties = {
  color: 'rgba(0, 0, 0, 0.62)',
  fontSize: 12,
  marginTop: 2,
  whiteSpace: 'normal',
};
const flagsStyle: CSSProperties = { display: 'flex', flexWrap: 'wrap', gap: 4, marginTop: 8 };
const FLAG_STYLES: Record<'RED' | 'YELLOW', CSSProperties> = {
  RED: {
    fontSize: 12,
    lineHeight: '18px',
    padding: '0 6px',
    borderRadius: 4,
    color: '#a8071a',
    background: '#fff1f0',
    border: '1px solid #ffa39e',
  },
  YELLOW: {
    fontSize: 12,
    lineHeight: '18px',
    padding: '0 6px',
    borderRadius: 4,
    // Dark text on the yellow: the product's main warning must read at ≥ 4.5:1.
    color: '#5c3b00',
    background: '#fff1b8',
    border: '1px solid #d4a106',
  },
};

const BLOCKER_STYLES: Record<'open' | 'overdue', CSSProperties> = {
  open: {
    ...FLAG_STYLES.YELLOW,
    color: '#003eb3',
    background: '#e6f4ff',
    border: '1px solid #91caff',
  },
  overdue: FLAG_STYLES.RED,
};

/**
 * 交办问题 not yet 销号; red once one of them is past its due date, next to the BLOCKER_OVERDUE
 * badge whose tooltip names the department and the days.
 */
function BlockerCount({ card }: { card: BoardCardFragment }) {
  const t = useT();
  if (card.openBlockerCount === 0) return null;
  const overdue = card.flags.some((flag) => flag.kind === 'BLOCKER_OVERDUE');
  return (
    <span
      style={BLOCKER_STYLES[overdue ? 'overdue' : 'open']}
      data-testid="blocker-count"
      data-overdue={overdue || undefined}
    >
      {t('board.card.blockers', { count: card.openBlockerCount })}
    </span>
  );
}

function CapitalBar({ card }: { card: BoardCardFragment }) {
  const t = useT();
  const { locale } = useLocale();
  const lang = locale === 'zh-CN' ? 'zh' : 'en';
  const contracted = card.contractedInvestment;
  if (!contracted || contracted <= 0) return null;
  // Display ratios only; every sum shown is the server's.
  const percent = Math.min(100, Math.round((card.arrivedInvestment / contracted) * 100));
  const verifiedPercent = Math.min(percent, (card.arrivedVerified / contracted) * 100);
  const barColor = percent >= 30 ? '#389e0d' : percent > 0 ? '#d48806' : '#d9d9d9';
  return (
    <div>
      <div
        style={{ ...barTrackStyle, display: 'flex' }}
        role="meter"
        // A card is one button, whose content is its name; the caption below says the same.
        aria-hidden
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-label={t('board.card.capitalRate', {
          percent,
          arrived: formatWan(card.arrivedInvestment, lang),
          contracted: formatWan(contracted, lang),
        })}
      >
        {/* Verified money solid, money still to be verified paler: the two are never mixed. */}
        <div style={{ width: `${verifiedPercent}%`, height: '100%', background: barColor }} />
        <div
          style={{
            width: `${percent - verifiedPercent}%`,
            height: '100%',
            background: barColor,
            opacity: 0.45,
          }}
        />
      </div>
      <div style={barCaptionStyle}>
        <span data-testid="capital-caption">
          {t('board.card.capital', { arrived: formatWan(card.arrivedInvestment, lang), percent })}
        </span>
        {card.arrivedInvestment > 0 && (
          <span data-testid="capital-verified">
            {t('board.card.capitalVerified', { verified: formatWan(card.arrivedVerified, lang) })}
          </span>
        )}
      </div>
    </div>
  );
}

type CardFlag = BoardCardFragment['flags'][number];

/**
 * A flag's badge; its tooltip (the reason sentence) is mounted only while the badge is hovered:
 * thousands of idle tooltip instances would cost more memory than the cards themselves.
 */
function FlagBadge({ flag, label }: { flag: CardFlag; label: string }) {
  const [hovered, setHovered] = useState(false);
  const flagReason = useFlagReason();
  const badge = (
    <span
      style={FLAG_STYLES[flag.level]}
      data-flag={flag.kind}
      data-level={flag.level}
      onMouseEnter={() => setHovered(true)}
      onMouseLeave={() => setHovered(false)}
    >
      {label}
    </span>
  );
  return hovered ? (
    <Tooltip title={flagReason(flag.reason)} open>
      {badge}
    </Tooltip>
  ) : (
    badge
  );
}

function CardBody({ card }: { card: BoardCardFragment }) {
  const t = useT();
  const bilingual = useBilingual();
  const { locale } = useLocale();
  const lang = locale === 'zh-CN' ? 'zh' : 'en';
  const signed = card.stage !== 'NEGOTIATING';
  const amount = signed ? card.contractedInvestment : card.plannedInvestment;
  return (
    <>
      <div style={nameStyle}>
        {card.status === 'TERMINATED' && (
          <span style={terminatedStyle}>{t('board.card.terminated')}</span>
        )}
        <span>{card.name}</span>
        {/* The card's name is its text: the project, then the stage for a screen reader. */}
        <span className="luodi-visually-hidden">
          {t('board.card.stageSuffix', { stage: bilingual(STAGE_LABELS[card.stage as Stage]) })}
        </span>
      </div>
      <div style={mutedStyle}>{card.investor.name}</div>
      <div style={rowStyle}>
        <span style={amountStyle}>
          {amount === null || amount === undefined
            ? t('board.card.noAmount')
            : t(signed ? 'board.card.contracted' : 'board.card.planned', {
                amount: formatWan(amount, lang),
              })}
        </span>
        <span style={daysStyle}>{t('board.card.days', { days: card.daysInStage })}</span>
      </div>
      <div style={peopleStyle}>
        {card.leader ? (
          t('board.card.leader', { name: card.leader.name })
        ) : signed ? (
          <span style={noLeaderStyle}>{t('board.card.noLeader')}</span>
        ) : (
          t('board.card.leaderNone')
        )}
        {' · '}
        {t('board.card.owner', { name: card.owner.name })}
      </div>
      <CapitalBar card={card} />
      {(card.flags.length > 0 || card.openBlockerCount > 0) && (
        <div style={flagsStyle}>
          <BlockerCount card={card} />
          {card.flags.map((flag) => (
            <FlagBadge key={flag.kind} flag={flag} label={bilingual(FLAG_LABELS[flag.kind])} />
          ))}
        </div>
      )}
    </>
  );
}

export interface ProjectCardProps {
  id: string;
  handle: DragHandle;
  /** The ids whose move waits for the evidence dialog or the server. */
  pendingIds: IdSetStore;
  onOpen: (id: string) => void;
  /** Where there is no dragging (a phone): a button under the card opens the move sheet. */
  onMoveRequest?: (id: string) => void;
}

const moveButtonStyle: CSSProperties = {
  display: 'block',
  width: '100%',
  minHeight: 44,
  marginTop: -8,
  marginBottom: 8,
  border: 'none',
  borderTop: '1px solid #f0f0f0',
  borderRadius: '0 0 6px 6px',
  background: '#fff',
  color: '#a93226',
  fontSize: 14,
  cursor: 'pointer',
  boxShadow: '0 1px 2px rgba(0, 0, 0, 0.08)',
};

/** One project on the board; reads its data from the cache, so an edit anywhere shows here. */
export const ProjectCard = memo(function ProjectCard({
  id,
  handle,
  pendingIds,
  onOpen,
  onMoveRequest,
}: ProjectCardProps) {
  const t = useT();
  const pending = useIdInStore(pendingIds, id);
  const bilingual = useBilingual();
  const flagReason = useFlagReason();
  const { data, complete } = useFragment({
    fragment: BoardCardFragmentDoc,
    from: { __typename: 'Project', id },
  });
  const card = complete ? (data as BoardCardFragment) : null;

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    handle.props.onKeyDown?.(event);
    if (event.key === 'Enter' && !event.defaultPrevented) {
      event.preventDefault();
      onOpen(id);
    }
  };

  const description =
    card && card.flags.length > 0
      ? card.flags
          .map((flag) =>
            t('board.card.flagDescription', {
              label: bilingual(FLAG_LABELS[flag.kind]),
              reason: flagReason(flag.reason),
            }),
          )
          .join(t('common.sentenceSeparator'))
      : undefined;
  const style: CSSProperties = {
    ...cardStyle,
    ...(handle.isDragging ? draggingStyle : null),
    ...(pending ? pendingStyle : null),
  };
  const content = card ? (
    <CardBody card={card} />
  ) : (
    <div style={mutedStyle}>{t('board.card.loading')}</div>
  );

  if (onMoveRequest) {
    // The move button sits beside the card, not in it: a button inside a button has no name.
    return (
      <div ref={handle.ref as React.Ref<HTMLDivElement>} {...handle.rootProps} style={handle.style}>
        <div
          {...handle.handleProps}
          role="button"
          tabIndex={0}
          aria-description={description}
          aria-busy={pending || undefined}
          data-project-id={id}
          className="luodi-card"
          style={{ ...style, cursor: 'pointer', borderRadius: '6px 6px 0 0' }}
          onClick={() => onOpen(id)}
          onKeyDown={onKeyDown}
        >
          {content}
        </div>
        {card && card.status === 'ACTIVE' && (
          <button
            type="button"
            style={moveButtonStyle}
            aria-label={t('board.card.moveLabel', { name: card.name })}
            onClick={() => onMoveRequest(id)}
          >
            {t('board.card.move')}
          </button>
        )}
      </div>
    );
  }

  return (
    <div
      ref={handle.ref as React.Ref<HTMLDivElement>}
      {...handle.props}
      role="button"
      aria-roledescription={t('board.card.roleDescription')}
      aria-description={description}
      aria-busy={pending || undefined}
      data-project-id={id}
      className="luodi-card"
      style={{ ...style, ...handle.style }}
      onClick={() => onOpen(id)}
      onKeyDown={onKeyDown}
    >
      {content}
    </div>
  );
});
