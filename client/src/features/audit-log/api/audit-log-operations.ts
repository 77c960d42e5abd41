import { graphql } from '../../../gql';

export const AuditLogDocument = graphql(`
  query AuditLog(
    $first: Int
    $after: String
    $entity: String
    $actorId: ID
    $action: String
    $from: Date
    $to: Date
  ) {
    auditLog(
      first: $first
      after: $after
      entity: $entity
      actorId: $actorId
      action: $action
      from: $from
      to: $to
    ) {
      edges {
        cursor
        node {
          id
          at
          action
          entity
          entityId
          changes
          address
          actor {
            id
            username
            name
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const AuditActorOptionsDocument = graphql(`
  query AuditActorOptions {
    users(includeInactive: true) {
      id
      username
      name
    }
  }
`);

export interface AuditLogFilter {
  entity?: string;
  actorId?: string;
  action?: string;
  from?: string;
  to?: string;
}

/** The Excel export of the same filter; the token goes in the header, never in the link. */
export function auditLogExportPath(filter: AuditLogFilter): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) if (value) query.set(key, value);
  const text = query.toString();
  return `/export/audit-log.xlsx${text ? `?${text}` : ''}`;
}
