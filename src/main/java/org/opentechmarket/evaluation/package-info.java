/**
 * Expert evaluation (评审专家库 and 专家评审): the expert pool, automatic recusal (回避), reproducible weighted panel draws and the
 * reusable review service other modules open reviews with. Other modules see only the types of this package: they provide
 * review subjects through {@link org.opentechmarket.evaluation.ReviewSubjectProvider}, collaboration records through
 * {@link org.opentechmarket.evaluation.CollaborationRecords}, call {@link org.opentechmarket.evaluation.Reviews} and listen to
 * {@link org.opentechmarket.evaluation.ReviewPublished}.
 */
package org.opentechmarket.evaluation;
