import { graphql } from '../../../gql';

export const RateFieldsFragmentDoc = graphql(`
  fragment RateFields on RateRow {
    key
    label
    signedCount
    contractedInvestment
    arrivedInvestment
    arrivedVerified
    landingRate
    startRate
    operatingRate
    capitalArrivalRate
    fulfillmentRate
  }
`);

export const TargetFieldsFragmentDoc = graphql(`
  fragment TargetFields on TargetProgress {
    id
    year
    scope
    orgUnit {
      id
      name
    }
    chain {
      id
      name
    }
    metric
    target
    minInvestment
    actual
    percentage
  }
`);

// Every group of the cohort in one round trip: the tiles use the TOTAL rows.
export const CockpitDocument = graphql(`
  query Cockpit($from: Date!, $to: Date!, $year: Int!) {
    byOrgUnit: rates(signedFrom: $from, signedTo: $to, groupBy: ORG_UNIT) {
      ...RateFields
    }
    byChain: rates(signedFrom: $from, signedTo: $to, groupBy: CHAIN) {
      ...RateFields
    }
    byLeader: rates(signedFrom: $from, signedTo: $to, groupBy: LEADER) {
      ...RateFields
    }
    bySourceMethod: rates(signedFrom: $from, signedTo: $to, groupBy: SOURCE_METHOD) {
      ...RateFields
    }
    cockpitTrend(from: $from, to: $to) {
      month
      signedCount
      contractedInvestment
      landedCount
      arrivedInvestment
      arrivedVerified
    }
    targets(year: $year) {
      ...TargetFields
    }
  }
`);

export const TargetsAdminDocument = graphql(`
  query TargetsAdmin($year: Int!) {
    targets(year: $year) {
      ...TargetFields
    }
    orgUnits {
      id
      name
      kind
      parent {
        id
      }
    }
    chains {
      id
      name
    }
  }
`);

export const SetTargetDocument = graphql(`
  mutation SetTarget($input: SetTargetInput!) {
    setTarget(input: $input) {
      ...TargetFields
    }
  }
`);

export const MonthlyReportDocument = graphql(`
  query MonthlyReport($monthFrom: Date!, $monthTo: Date!, $yearFrom: Date!, $year: Int!) {
    me {
      id
      orgUnit {
        id
        name
      }
    }
    month: rates(signedFrom: $monthFrom, signedTo: $monthTo, groupBy: ORG_UNIT) {
      ...RateFields
    }
    yearByOrgUnit: rates(signedFrom: $yearFrom, signedTo: $monthTo, groupBy: ORG_UNIT) {
      ...RateFields
    }
    yearByChain: rates(signedFrom: $yearFrom, signedTo: $monthTo, groupBy: CHAIN) {
      ...RateFields
    }
    cockpitTrend(from: $yearFrom, to: $monthTo) {
      month
      signedCount
      contractedInvestment
      landedCount
      arrivedInvestment
      arrivedVerified
    }
    targets(year: $year) {
      ...TargetFields
    }
  }
`);
