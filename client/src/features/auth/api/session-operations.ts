import { graphql } from '../../../gql';

// Login selects exactly what Me selects, so a successful sign-in can fill the `me` cache entry.
export const LoginDocument = graphql(`
  mutation Login($username: String!, $password: String!) {
    login(username: $username, password: $password) {
      token
      user {
        id
        username
        name
        role
        mustChangePassword
        orgUnit {
          id
          name
          kind
        }
      }
    }
  }
`);

export const MeDocument = graphql(`
  query Me {
    me {
      id
      username
      name
      role
      mustChangePassword
      orgUnit {
        id
        name
        kind
      }
    }
  }
`);

export const ChangePasswordDocument = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`);

export const LogoutDocument = graphql(`
  mutation Logout {
    logout
  }
`);
