import { Card, Empty, Flex, Tree, Typography, type TreeDataNode } from 'antd';
import type { HomeOverviewQuery } from '../../../gql/graphql';
import { useT } from '../../../shared/i18n';
import { OrgKindTag, buildOrgUnitTree, type OrgUnitTreeNode } from '../../../shared/org-units';

type OrgUnit = HomeOverviewQuery['orgUnits'][number];

function toTreeData(nodes: OrgUnitTreeNode<OrgUnit>[]): TreeDataNode[] {
  return nodes.map(({ unit, children }) => ({
    key: unit.id,
    title: (
      <Flex gap={8} align="center">
        <span>{unit.name}</span>
        <OrgKindTag kind={unit.kind} />
      </Flex>
    ),
    children: toTreeData(children),
  }));
}

export function OrgScopeCard({ orgUnits }: { orgUnits: HomeOverviewQuery['orgUnits'] }) {
  const t = useT();
  return (
    <Card title={t('home.scope.title')}>
      {orgUnits.length === 0 ? (
        <Empty description={t('home.scope.empty')} />
      ) : (
        <Flex vertical gap={12}>
          <Typography.Text type="secondary">
            {t('home.scope.description', { count: orgUnits.length })}
          </Typography.Text>
          <Tree
            showLine
            selectable={false}
            defaultExpandAll
            treeData={toTreeData(buildOrgUnitTree(orgUnits))}
          />
        </Flex>
      )}
    </Card>
  );
}
