import { graphql } from '../../../gql';

export const InvestorPageDocument = graphql(`
  query InvestorPage($id: ID!) {
    investor(id: $id) {
      id
      name
      creditCode
      tags
      totalContracted
      totalArrived
      projects {
        id
        code
        name
        stage
        status
        contractedInvestment
        arrivedInvestment
        signedOn
        orgUnit {
          id
          name
        }
        chain {
          id
          name
        }
        leader {
          id
          name
        }
      }
    }
  }
`);
