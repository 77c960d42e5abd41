import { graphql } from '../../../gql';

export const ThresholdFieldsFragmentDoc = graphql(`
  fragment ThresholdFields on FlagThresholds {
    fakeProjectDays
    stalledDays {
      SIGNED
      LANDED
      STARTED
    }
    stalledYellowFraction
    idleLandDays
    lowCapitalDays
    lowCapitalRatioAfterSigning
    lowCapitalRatioAfterStart
    noFollowUpYellowDays
    noFollowUpRedDays
    minInvestmentPerMu
  }
`);

export const FlagThresholdsDocument = graphql(`
  query FlagThresholds {
    flagThresholds {
      ...ThresholdFields
    }
  }
`);

export const UpdateFlagThresholdsDocument = graphql(`
  mutation UpdateFlagThresholds($input: FlagThresholdsInput!) {
    updateFlagThresholds(input: $input) {
      ...ThresholdFields
    }
  }
`);

export const FlagThresholdsPreviewDocument = graphql(`
  query FlagThresholdsPreview($input: FlagThresholdsInput!) {
    flagThresholdsPreview(input: $input) {
      kind
      gained
      lost
    }
  }
`);
