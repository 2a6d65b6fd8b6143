export {
  useUserStore,
  USER_STORE_ID,
  type UserPermission,
  type UserPermissionGroup,
  type UserStoreState,
} from './userStore'
export {
  useFeatureFlagsStore,
  FEATURE_FLAGS_STORE_ID,
  CREATE_TICKET_EMBED_FLAG,
  type FeatureFlagsStoreState,
} from './featureFlagsStore'
