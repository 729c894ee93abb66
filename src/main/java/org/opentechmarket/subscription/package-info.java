/**
 * Subscriptions and push (订阅与推送, domain/demands.md §Matching and push): a user saves a search or follows an open need of
 * their organisation; new achievements that match strongly reach the subscriber, and a newly opened need reaches the members
 * of the organisations holding strongly matching achievements: once per pair, in one digest per recipient and period, by
 * the in-app inbox and by e-mail with a one-click unsubscribe link. docs/architecture.md §Subscriptions and push.
 * <p>
 * No other module depends on this one: it listens to {@code AchievementPublished}, {@code NeedOpened} and {@code NeedClosed}
 * and uses the matcher ({@code Matcher.strongMatchesAmong}) and the people, achievement and need registries' root types.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Subscriptions and push",
		allowedDependencies = { "platform", "people", "achievement", "demand", "matching" })
package org.opentechmarket.subscription;
