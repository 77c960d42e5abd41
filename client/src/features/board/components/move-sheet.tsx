import { STAGES, STAGE_LABELS, isForwardMove, type Stage } from '@luodi/domain';
import { Button, Drawer, Flex, Typography } from 'antd';
import { useBilingual, useT } from '../../../shared/i18n';

export interface MoveSheetProps {
  /** The card to move; null = closed. */
  card: { id: string; name: string; stage: Stage } | null;
  /** Whether the viewer may correct a stage backward (supervisors, admins). */
  mayCorrect: boolean;
  onChoose: (id: string, from: Stage, to: Stage) => void;
  onClose: () => void;
}

/**
 * A phone's way to move a card: a sheet from the bottom listing the stages. Choosing one opens
 * the same evidence (or reason) dialog a drag to that column opens.
 */
export function MoveSheet({ card, mayCorrect, onChoose, onClose }: MoveSheetProps) {
  const t = useT();
  const bilingual = useBilingual();
  return (
    <Drawer
      open={card !== null}
      placement="bottom"
      size="auto"
      title={card ? t('board.moveSheet.title', { name: card.name }) : undefined}
      onClose={onClose}
      destroyOnHidden
    >
      {card && (
        <Flex vertical gap={8}>
          {STAGES.map((stage) => {
            const current = stage === card.stage;
            const forward = isForwardMove(card.stage, stage);
            if (!current && !forward && !mayCorrect) return null;
            return (
              <Button
                key={stage}
                block
                size="large"
                disabled={current}
                type={forward ? 'default' : 'dashed'}
                danger={!current && !forward}
                style={{ minHeight: 48 }}
                onClick={() => onChoose(card.id, card.stage, stage)}
              >
                {current
                  ? t('board.moveSheet.current', { stage: bilingual(STAGE_LABELS[stage]) })
                  : bilingual(STAGE_LABELS[stage])}
              </Button>
            );
          })}
          {!mayCorrect && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('board.moveSheet.forwardOnly')}
            </Typography.Text>
          )}
        </Flex>
      )}
    </Drawer>
  );
}
