import { graphql } from '../../../gql';

export const UsersPageDocument = graphql(`
  query UsersPage($role: Role, $includeInactive: Boolean) {
    me {
      id
    }
    users(role: $role, includeInactive: $includeInactive) {
      id
      username
      name
      role
      active
      mustChangePassword
      orgUnit {
        id
        name
      }
    }
  }
`);

export const UserOrgUnitOptionsDocument = graphql(`
  query UserOrgUnitOptions {
    orgUnits {
      id
      name
      kind
      parent {
        id
      }
    }
  }
`);

export const CreateUserDocument = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      id
      username
      name
      role
      active
      orgUnit {
        id
        name
      }
    }
  }
`);

export const SetUserActiveDocument = graphql(`
  mutation SetUserActive($id: ID!, $active: Boolean!) {
    setUserActive(id: $id, active: $active) {
      id
      active
    }
  }
`);

export const UpdateUserDocument = graphql(`
  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {
    updateUser(id: $id, input: $input) {
      id
      name
      role
      orgUnit {
        id
        name
      }
    }
  }
`);

export const ResetUserPasswordDocument = graphql(`
  mutation ResetUserPassword($id: ID!) {
    resetUserPassword(id: $id)
  }
`);
