/**
 * Transfer institutions (技术转移机构) and third-party service providers (专业服务机构): the registry and its public
 * directories, client ratings and complaints with moderation ({@link org.opentechmarket.institution.Feedback}, also used for
 * brokers) and the yearly institution ranking ({@link org.opentechmarket.institution.RankingSource} supplies its terms).
 * Depends on {@code people} and {@code platform} only.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "people", "platform" })
package org.opentechmarket.institution;
