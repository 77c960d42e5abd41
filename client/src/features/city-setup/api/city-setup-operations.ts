import { graphql } from '../../../gql';

export const OrgUnitsAdminDocument = graphql(`
  query OrgUnitsAdmin {
    orgUnits {
      id
      name
      kind
      active
      parent {
        id
      }
    }
  }
`);

export const CreateOrgUnitDocument = graphql(`
  mutation CreateOrgUnit($input: OrgUnitInput!) {
    createOrgUnit(input: $input) {
      id
      name
      kind
      active
      parent {
        id
      }
    }
  }
`);

export const UpdateOrgUnitDocument = graphql(`
  mutation UpdateOrgUnit($id: ID!, $input: OrgUnitInput!) {
    updateOrgUnit(id: $id, input: $input) {
      id
      name
      kind
      active
      parent {
        id
      }
    }
  }
`);

export const SetOrgUnitActiveDocument = graphql(`
  mutation SetOrgUnitActive($id: ID!, $active: Boolean!) {
    setOrgUnitActive(id: $id, active: $active) {
      id
      active
    }
  }
`);

export const ChainFieldsFragmentDoc = graphql(`
  fragment ChainFields on IndustryChain {
    id
    name
    active
    chainLeader {
      id
      name
    }
    leadDepartment {
      id
      name
    }
    keyParks {
      id
      name
    }
  }
`);

export const ChainsAdminDocument = graphql(`
  query ChainsAdmin {
    chains {
      ...ChainFields
    }
    leaders: users(role: LEADER) {
      id
      name
    }
    departments {
      id
      name
    }
    orgUnits {
      id
      name
      kind
      active
    }
  }
`);

export const CreateChainDocument = graphql(`
  mutation CreateChain($input: ChainInput!) {
    createChain(input: $input) {
      ...ChainFields
    }
  }
`);

export const UpdateChainDocument = graphql(`
  mutation UpdateChain($id: ID!, $input: ChainInput!) {
    updateChain(id: $id, input: $input) {
      ...ChainFields
    }
  }
`);

export const SetChainActiveDocument = graphql(`
  mutation SetChainActive($id: ID!, $active: Boolean!) {
    setChainActive(id: $id, active: $active) {
      ...ChainFields
    }
  }
`);
