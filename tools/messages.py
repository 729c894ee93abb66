# Source of the two message bundles: one line per key with English and Chinese, so the bundles cannot drift apart.
# Run: python3 tools/messages.py  (writes src/main/resources/messages.properties and messages_zh_CN.properties)
import pathlib, sys

M = []
def m(key, en, zh): M.append((key, en, zh))

# app and navigation
m('app.name', 'OpenTechMarket', '开放技术市场')
m('app.footer', 'OpenTechMarket — open-source online technology market and technology-transfer platform', '开放技术市场 — 开源的网上技术市场与技术转移服务平台')
m('nav.skip', 'Skip to content', '跳到正文')
m('nav.toggle', 'Toggle navigation', '展开导航')
m('nav.catalogue', 'Achievements', '成果库')
m('nav.myAchievements', 'My achievements', '本单位成果')
m('nav.fundedProjects', 'Funded projects', '财政项目')
m('nav.admin', 'Administration', '平台管理')
m('nav.reviews', 'Review queue', '成果审核')
m('nav.organisations', 'Organisation verification', '机构认证')
m('nav.import', 'Import', '数据导入')
m('nav.export', 'Export', '数据导出')
m('nav.login', 'Sign in', '登录')
m('nav.signup', 'Sign up', '注册')
m('nav.account', 'My account', '我的账户')
m('nav.members', 'Members', '成员管理')
m('nav.logout', 'Sign out', '退出')
# home and catalogue
m('home.headline', 'Where research results find their users', '科技成果转化，从这里开始')
m('home.tagline', 'Register research results · match enterprise needs · trade technology online', '登记科技成果 · 对接企业需求 · 在线技术交易')
m('home.stat.published', 'Published achievements', '已发布成果')
m('home.stat.inNotice', 'In public notice', '公示中')
m('home.latest', 'Latest achievements', '最新成果')
m('catalogue.title', 'Achievement catalogue', '科技成果库')
m('catalogue.search.label', 'Search achievements', '搜索科技成果')
m('catalogue.search.placeholder', 'e.g. 复合材料, 机器视觉, 锂电池', '输入关键词，如：复合材料、机器视觉、锂电池')
m('catalogue.search.button', 'Search', '搜索')
m('catalogue.facets', 'Filters', '筛选')
m('catalogue.clearFacet', 'clear', '清除')
m('catalogue.count', '{0} achievements', '共 {0} 项成果')
m('catalogue.noResults', 'No published achievement matches. Try fewer or other words.', '没有找到匹配的已发布成果，请减少或更换关键词。')
m('catalogue.empty', 'No achievements published yet.', '暂无已发布成果。')
m('catalogue.pages', 'Pages', '分页')
m('catalogue.previous', 'Previous', '上一页')
m('catalogue.next', 'Next', '下一页')
for k, en, zh in [('category','Category','成果类型'),('disciplineRoot','Discipline','学科'),('industrySection','Industry','行业'),
                  ('provinceCode','Region','地区'),('trl','Readiness (TRL)','技术成熟度'),('ipTypes','IP type','知识产权类型'),
                  ('priceBand','Price (10k yuan)','意向价格（万元）'),('holder','Holder','持有单位')]:
    m('facet.' + k, en, zh)
# achievement fields
for k, en, zh in [('title','Title','成果名称'),('category','Category','成果类型'),('keywords','Keywords','关键词'),('abstract','Abstract','成果简介'),
                  ('completingOrganisations','Completing organisations','完成单位'),('inventors','Inventors','完成人'),
                  ('researchPeriod','Research period','研究起止时间'),('researchStart','Research start','研究起始年月'),('researchEnd','Research end','研究终止年月'),
                  ('attribute','Attribute','成果属性'),('evaluationRoute','Evaluation','评价方式'),('level','Level','成果水平'),('stage','Stage','所处阶段'),
                  ('discipline','Discipline (GB/T 13745)','学科分类（GB/T 13745）'),('industry','Industry (GB/T 4754)','行业分类（GB/T 4754）'),
                  ('region','Region','所在地区'),('fundingSource','Funding source','项目来源'),('projectNumber','Project number','项目编号'),
                  ('acceptanceDate','Project acceptance date','项目验收日期'),('trl','Technology readiness (TRL)','技术成熟度'),
                  ('ipRights','Intellectual property','知识产权'),('conversionMethods','Conversion methods','转化方式'),('price','Asking price','意向价格'),
                  ('priceMin','Asking price from (10k yuan)','意向价格下限（万元）'),('priceMax','Asking price to (10k yuan)','意向价格上限（万元）'),
                  ('applicationFields','Application fields','应用领域'),('cooperationRequirements','Cooperation requirements','合作要求'),
                  ('marketField','Technology field','技术领域'),('classified','This result is classified (涉密)','涉密成果'),
                  ('registrationNumber','Registration no.','登记号'),('version','Version','版本'),('holder','Holder','持有单位'),
                  ('status','Status','状态'),('updatedAt','Updated','更新时间'),('details','Registration details','登记信息'),
                  ('actions','Actions','操作'),('versions','Versions','版本记录'),('history','Workflow history','流转记录'),
                  ('reviewReason','Review opinion:','审查意见：'),('withdrawReason','Reason for withdrawal','撤回原因'),
                  ('conversionNote','How it was converted (contract, licensee, evidence)','转化情况说明（合同、受让方、证明）')]:
    m('achievement.' + k, en, zh)
m('achievement.revisionOf', 'revision, version {0}', '修订稿，第 {0} 版')
m('inventor.name', 'Name', '姓名'); m('inventor.organisation', 'Organisation', '工作单位'); m('inventor.role', 'Contribution', '主要贡献'); m('inventor.share', 'Share %', '贡献率 %')
m('ip.type', 'Type', '类型'); m('ip.number', 'Number', '号码'); m('ip.grantDate', 'Grant date', '授权日'); m('ip.status', 'Status', '状态')
# code lists
for k, en, zh in [('APPLIED','Applied technology','应用技术'),('BASIC','Basic research','基础理论'),('SOFT','Soft science','软科学')]:
    m('category.' + k, en, zh)
for k, en, zh in [('DRAFT','Draft','草稿'),('SUBMITTED','Submitted','待审查'),('RETURNED','Returned','已退回'),('REJECTED','Rejected','不予登记'),
                  ('IN_NOTICE','In public notice','公示中'),('PUBLISHED','Published','已发布'),('CONVERTED','Converted','已转化'),
                  ('WITHDRAWN','Withdrawn','已撤回'),('SUPERSEDED','Superseded','已被新版本替代')]:
    m('status.' + k, en, zh)
for k, en, zh in [('ORIGINAL','Original innovation','原始性创新'),('REINNOVATION','Re-innovation after import','引进消化吸收再创新'),('SECONDARY_DEVELOPMENT','Secondary development','二次开发')]:
    m('attribute.' + k, en, zh)
for k, en, zh in [('ACCEPTANCE','Acceptance','验收'),('APPRAISAL','Appraisal','鉴定'),('REVIEW','Review','评审'),('INDUSTRY_ACCESS','Industry access','行业准入'),('THIRD_PARTY','Third-party evaluation','第三方评价'),('NONE','Not evaluated','未评价')]:
    m('evaluationRoute.' + k, en, zh)
for k, en, zh in [('INTERNATIONAL_LEADING','International leading','国际领先'),('INTERNATIONAL_ADVANCED','International advanced','国际先进'),('DOMESTIC_LEADING','Domestic leading','国内领先'),('DOMESTIC_ADVANCED','Domestic advanced','国内先进'),('NOT_EVALUATED','Not evaluated','未评价')]:
    m('level.' + k, en, zh)
for k, en, zh in [('EARLY','Early','初期'),('MIDDLE','Middle','中期'),('MATURE','Mature application','成熟应用')]:
    m('stage.' + k, en, zh)
for k, en, zh in [('NATIONAL','National programme','国家计划'),('PROVINCIAL','Provincial or ministerial programme','省部计划'),('MUNICIPAL','City or county programme','市县计划'),('SELF','Self-funded','自筹'),('OTHER','Other','其他')]:
    m('fundingSource.' + k, en, zh)
for k, en, zh in [('INVENTION_PATENT','Invention patent','发明专利'),('UTILITY_MODEL','Utility model','实用新型'),('DESIGN','Design patent','外观设计'),('SOFTWARE_COPYRIGHT','Software copyright','软件著作权'),('IC_LAYOUT','IC layout design','集成电路布图'),('PLANT_VARIETY','Plant variety','植物新品种'),('TECHNICAL_SECRET','Know-how (technical secret)','技术秘密'),('OTHER','Other','其他')]:
    m('ipType.' + k, en, zh)
for k, en, zh in [('PENDING','Pending','申请中'),('GRANTED','Granted','已授权'),('LAPSED','Lapsed','已失效')]:
    m('ipStatus.' + k, en, zh)
for k, en, zh in [('TRANSFER','Transfer','转让'),('LICENSE','Licence','许可'),('EQUITY','Equity investment','作价投资'),('COOPERATION','Joint development','合作开发'),('OTHER','Other','其他')]:
    m('conversionMethod.' + k, en, zh)
for k, en, zh in [('NEGOTIABLE','Negotiable','面议'),('UNDER_10','Under 10','10 万元以下'),('FROM_10_TO_50','10–50','10–50 万元'),('FROM_50_TO_100','50–100','50–100 万元'),('FROM_100_TO_500','100–500','100–500 万元'),('FROM_500_TO_1000','500–1,000','500–1000 万元'),('OVER_1000','1,000 and more','1000 万元以上')]:
    m('priceBand.' + k, en, zh)
for k, en, zh in [('ACCEPTANCE_OPINION','Acceptance opinion','验收意见'),('EVALUATION_CERTIFICATE','Evaluation certificate','评价证明'),('IP_CERTIFICATE','IP certificate','知识产权证书'),('TEST_REPORT','Test report','检测报告'),('USER_CERTIFICATE','User certificate','用户证明'),('PAPER','Paper','论文'),('MONOGRAPH','Monograph','专著'),('CITATION_PROOF','Citation proof','引用证明'),('REVIEW_OPINION','Review opinion','评审意见'),('RESEARCH_REPORT','Research report','研究报告'),('OTHER','Other','其他')]:
    m('evidenceType.' + k, en, zh)
trl = ['Basic principles observed and reported','Technology concept or application formulated','Key function proven in the laboratory','Laboratory prototype or component validated','Validated in a relevant environment','System demonstrated in a simulated or relevant environment','System demonstrated in a real environment','Qualification tests completed','Operation and evaluation (industrialised)']
trlzh = ['基本原理被发现和阐述','形成技术概念或应用方案','关键功能实验室验证','实验室原理样机/组件验证','相关环境中验证','模拟/相关环境系统演示','真实环境系统演示','定型试验','运行与评估（产业化）']
for i in range(9):
    m('trl.%d' % (i + 1), trl[i], trlzh[i])
for k, en, zh in [('ADMIN','Platform administrator','平台管理员'),('INSTITUTION','Achievement holder','成果持有单位'),('ENTERPRISE','Enterprise','企业'),('BROKER','Broker','技术经纪人'),('EXPERT','Expert','评审专家'),('REGISTRAR','Contract registrar','技术合同登记员'),('FINANCIER','Financier','金融机构'),('ORG_ADMIN','Organisation administrator','单位管理员')]:
    m('role.' + k, en, zh)
for k, en, zh in [('UNIVERSITY','University','高等院校'),('INSTITUTE','Research institute','科研院所'),('ENTERPRISE','Enterprise','企业'),('TRANSFER_INSTITUTION','Technology transfer institution','技术转移机构'),('REGISTRATION_POINT','Contract registration point','技术合同登记机构'),('FINANCIAL_INSTITUTION','Financial institution','金融机构'),('GOVERNMENT','Government','政府部门'),('SERVICE_PROVIDER','Service provider','专业服务机构')]:
    m('organisationType.' + k, en, zh)
for k, en, zh in [('OPEN','Open','待处理'),('UPHELD','Upheld','异议成立'),('DISMISSED','Dismissed','已驳回')]:
    m('objection.status.' + k, en, zh)
for k, en, zh in [('NOT_DUE','Not due','未到期'),('DUE','Due — register now','待登记'),('ON_TIME','Registered on time','按时登记'),('LATE','Registered late','逾期登记'),('OVERDUE','Overdue','已逾期未登记')]:
    m('deadline.' + k, en, zh)
# disclosure, prices
m('disclosure.title', 'Conversion disclosure', '转化信息公开')
m('disclosure.none', 'Not given', '未填写')
m('disclosure.valuation', 'Market valuation', '市场估值')
m('disclosure.valuation.none', 'No valuation yet', '暂无估值')
m('disclosure.conversion', 'Conversion', '转化情况')
m('price.negotiable', 'Negotiable', '面议')
m('price.single', '{0} (10k yuan)', '{0} 万元')
m('price.range', '{0}–{1} (10k yuan)', '{0}–{1} 万元')
m('notice.running', 'In public notice until {0}. Anyone signed in may file an objection.', '公示中，截止 {0}。登录用户可提出异议。')
# form
m('form.new.title', 'Register an achievement', '登记科技成果')
m('form.edit.title', 'Edit registration', '编辑成果登记')
m('form.preview', 'View', '查看')
m('form.help', 'Fields marked * are required for submission. A draft needs only a title and a category.', '带 * 的为提交审查时必填项；保存草稿只需填写成果名称和类型。')
m('form.hasErrors', 'Please correct the marked fields.', '请修改标出的字段。')
m('form.section.basic', 'Basic information', '基本信息')
m('form.section.classification', 'Classification and evaluation', '分类与评价')
m('form.section.applied', 'Applied technology', '应用技术类信息')
m('form.section.applied.help', 'Required when the category is applied technology.', '成果类型为应用技术时必填。')
m('form.keywords.help', '1 to 5 keywords, separated by commas', '1–5 个关键词，用逗号分隔')
m('form.abstract.help', '50 to 2,000 characters', '50–2000 字')
m('form.organisations.help', 'One per line; the first is the holder', '每行一个，第一个为成果持有单位')
m('form.projectNumber.help', 'Required for fiscally funded projects', '财政资助项目必填')
m('form.choose', 'Choose…', '请选择…')
m('form.addInventor', 'Add inventor', '添加完成人')
m('form.addIp', 'Add IP right', '添加知识产权')
m('form.submit.help', 'Save your changes before submitting.', '提交前请先保存修改。')
# actions
for k, en, zh in [('add','Add','添加'),('approve','Approve and start public notice','通过审查，进入公示'),('cancel','Cancel','取消'),('declareConverted','Declare converted','声明已转化'),
                  ('delete','Delete','删除'),('dismiss','Dismiss','驳回异议'),('edit','Edit','编辑'),('object','File objection','提出异议'),('openRevision','Continue revision','继续修订'),
                  ('reject','Reject','不予登记'),('return','Return for changes','退回修改'),('revise','Revise (new version)','修改（生成新版本）'),('save','Save','保存'),
                  ('saveDraft','Save draft','保存草稿'),('submit','Submit for review','提交审查'),('unverify','Revoke verification','撤销认证'),('uphold','Uphold','异议成立'),
                  ('upload','Upload','上传'),('verify','Verify','认证通过'),('withdraw','Withdraw','撤回')]:
    m('action.' + k, en, zh)
# evidence
m('evidence.title', 'Evidence', '证明材料')
m('evidence.none', 'None attached', '尚未上传')
m('evidence.type', 'Type', '材料类型')
m('evidence.file', 'File', '文件')
m('evidence.size', 'Size', '大小')
m('evidence.limits', 'PDF, JPG, PNG, DOCX or ZIP, up to 20 MB', 'PDF、JPG、PNG、DOCX 或 ZIP，不超过 20 MB')
m('evidence.required.APPLIED', 'Applied technology needs an acceptance opinion or evaluation certificate, a test report, and IP certificates for claimed IP.', '应用技术类须提供验收意见或评价证明、检测报告，并为所列知识产权提供证书。')
m('evidence.required.BASIC', 'Basic research needs papers or a monograph and citation proof.', '基础理论类须提供论文或专著，以及引用证明。')
m('evidence.required.SOFT', 'Soft science needs a review or acceptance opinion and the research report.', '软科学类须提供评审或验收意见，以及研究报告。')
m('evidence.added', 'Evidence uploaded.', '证明材料已上传。')
m('evidence.removed', 'Evidence removed.', '证明材料已删除。')
m('evidence.file.empty', 'Choose a file to upload.', '请选择要上传的文件。')
m('evidence.notFound', 'No such evidence file.', '证明材料不存在。')
m('evidence.size.tooLarge', 'The file is larger than {0} MB.', '文件超过 {0} MB。')
m('evidence.type.notAllowed', 'Only PDF, JPG, PNG, DOCX and ZIP files are accepted.', '只接受 PDF、JPG、PNG、DOCX 和 ZIP 文件。')
# objections and review
m('objection.title', 'Objections', '异议')
m('objection.reasons', 'Reasons for your objection', '异议理由')
m('objection.resolution', 'Resolution', '处理意见')
m('objection.loginToObject', 'Sign in to file an objection', '登录后可提出异议')
m('objection.filed', 'Your objection has been filed; publication is held until it is resolved.', '异议已提交，处理完毕前暂停发布。')
m('objection.upheld', 'Objection upheld; the registration was returned to its holder.', '异议成立，成果已退回持有单位。')
m('objection.dismissed', 'Objection dismissed.', '异议已驳回。')
m('objection.alreadyResolved', 'This objection has already been resolved.', '该异议已处理。')
m('objection.notFound', 'No such objection.', '异议不存在。')
m('objection.onlyDuringNotice', 'Objections can be filed only during the public notice.', '只能在公示期内提出异议。')
m('objection.reasons.tooShort', 'Give your reasons in at least {0} characters.', '异议理由不少于 {0} 个字。')
m('review.title', 'Formal review', '形式审查')
m('review.reason', 'Opinion (shown to the holder)', '审查意见（将告知持有单位）')
m('review.cannotApprove', 'The registration cannot pass formal review yet:', '该成果暂不能通过形式审查：')
m('review.approved', 'Approved: registration number assigned, public notice started.', '已通过审查：已分配登记号，进入公示。')
m('review.returned', 'Returned to the holder with your opinion.', '已退回持有单位修改。')
m('review.rejected', 'Registration rejected.', '已不予登记。')
m('review.publishedDue', 'Publication check done.', '已检查公示期满的成果。')
m('reviews.title', 'Review queue', '成果审核')
m('reviews.publishDue', 'Publish achievements whose notice ended', '发布公示期满的成果')
m('reviews.publishedCount', '{0} achievements published.', '已发布 {0} 项成果。')
m('reviews.since', 'Submitted / notice', '提交 / 公示')
m('reviews.noticeUntil', 'notice until {0}', '公示至 {0}')
m('reviews.empty', 'Nothing waiting for review.', '没有待审查的成果。')
m('reviews.objections', 'Open objections', '待处理异议')
m('reviews.objectionOn', 'Objection on achievement #{0}', '成果 #{0} 的异议')
m('reviews.noObjections', 'No open objections.', '没有待处理的异议。')
m('reviews.revision', 'revision', '修订')
m('notices.title', 'Public notices', '成果公示')
m('notices.help', 'Registrations that passed formal review are on public notice before publication. Anyone signed in may object.', '通过形式审查的成果在发布前公示，登录用户可对其提出异议。')
m('notices.empty', 'Nothing is on public notice.', '目前没有公示中的成果。')
m('notices.until', 'Until', '公示截止')
m('nav.notices', 'Notices', '成果公示')
# mine
m('mine.title', 'Our achievements', '本单位成果')
m('mine.new', 'Register an achievement', '登记新成果')
m('mine.empty', 'No registrations yet.', '尚未登记成果。')
m('mine.notVerified', 'Your organisation is not verified yet; you can register achievements once an administrator has verified it.', '本单位尚未通过认证，认证后方可登记成果。')
# funded projects
m('funded.title', 'Funded projects and registration deadlines', '财政资助项目成果登记')
m('funded.help', 'Results of fiscally funded projects must be registered within 30 days after acceptance (应登尽登).', '财政资金支持项目须在验收后 30 日内完成成果登记（应登尽登）。')
m('funded.number', 'Project no.', '项目编号'); m('funded.projectTitle', 'Project', '项目名称'); m('funded.level', 'Level', '资助级别')
m('funded.acceptance', 'Accepted', '验收日期'); m('funded.deadline', 'Deadline', '登记截止'); m('funded.registeredOn', 'Registered', '登记日期')
m('funded.status', 'Status', '状态'); m('funded.empty', 'No funded projects listed.', '暂无财政资助项目。'); m('funded.add', 'Add a funded project', '添加财政资助项目')
m('funded.amount', 'Funding (10k yuan)', '资助经费（万元）')
m('fundedProject.created', 'Funded project added.', '已添加财政资助项目。')
m('fundedProject.number.taken', 'A project with this number exists already.', '该项目编号已存在。')
m('fundedProject.level.fiscal', 'Choose a fiscal funding level.', '请选择财政资助级别。')
# people
m('login.title', 'Sign in', '登录'); m('login.submit', 'Sign in', '登录'); m('login.failed', 'Wrong user name or password.', '用户名或密码错误。')
m('login.loggedOut', 'You have signed out.', '您已退出。'); m('login.noAccount', 'No account yet?', '还没有账号？')
m('signup.title', 'Register your organisation', '机构注册'); m('signup.help', 'A platform administrator verifies your organisation before you can register achievements.', '注册后由平台管理员核验单位资质，核验通过后方可登记成果。')
m('signup.organisation', 'Organisation', '单位信息'); m('signup.user', 'Your account (organisation administrator)', '管理员账号'); m('signup.submit', 'Register', '注册')
m('signup.done', 'Registered. Your organisation is waiting for verification.', '注册成功，单位待平台认证。')
m('account.title', 'My account', '我的账户')
m('organisation.name', 'Organisation', '单位名称'); m('organisation.type', 'Type', '单位类型'); m('organisation.creditCode', 'Unified social credit code', '统一社会信用代码')
m('organisation.stateOwned', 'State-owned', '国有单位'); m('organisation.verified', 'Verification', '认证状态')
m('organisation.verified.yes', 'Verified', '已认证'); m('organisation.verified.no', 'Waiting for verification', '待认证')
m('organisation.creditCode.invalid', 'Not a valid unified social credit code (18 characters, GB 32100 check digit).', '统一社会信用代码无效（18 位，校验位须符合 GB 32100）。')
m('organisation.creditCode.taken', 'This organisation is registered already; ask its administrator to add you.', '该单位已注册，请联系单位管理员为您添加账号。')
m('organisation.notFound', 'No such organisation ({0}).', '单位不存在（{0}）。')
m('organisation.alreadyVerified', 'The organisation is verified already.', '该单位已认证。')
m('organisation.verified.done', 'Organisation verified.', '单位已认证。')
m('organisation.unverified', 'Verification revoked.', '已撤销认证。')
m('organisations.title', 'Organisation verification', '机构认证')
m('user.username', 'User name', '用户名'); m('user.password', 'Password', '密码'); m('user.displayName', 'Name', '姓名'); m('user.email', 'E-mail', '电子邮箱'); m('user.roles', 'Roles', '角色')
m('user.username.pattern', '3 to 40 letters, digits, dots, dashes or underscores.', '3–40 位字母、数字、点、短横线或下划线。')
m('user.username.taken', 'This user name is taken.', '该用户名已被使用。')
m('user.password.size', 'At least 8 characters.', '至少 8 个字符。')
m('user.notFound', 'No such user ({0}).', '用户不存在（{0}）。')
m('user.role.notGrantable', 'Role {0} cannot be granted in this organisation.', '本单位不能授予角色 {0}。')
m('user.role.cannotDropOwnAdmin', 'You cannot remove your own administrator role.', '不能取消自己的管理员角色。')
m('user.cannotDisableSelf', 'You cannot disable your own account.', '不能停用自己的账号。')
m('members.title', 'Members', '成员管理'); m('members.add', 'Add a member', '添加成员'); m('members.state', 'Account', '账号状态')
m('members.disable', 'Disable', '停用'); m('members.enable', 'Enable', '启用')
m('members.added', 'Member added.', '已添加成员。'); m('members.rolesChanged', 'Roles saved.', '角色已保存。')
m('members.enabled', 'Account enabled.', '账号已启用。'); m('members.disabled', 'Account disabled.', '账号已停用。')
# notices after actions
m('achievement.saved', 'Saved.', '已保存。')
m('achievement.submitted', 'Submitted for formal review.', '已提交形式审查。')
m('achievement.withdrawn', 'Registration withdrawn.', '已撤回。')
m('achievement.revisionStarted', 'A new version has been started; it replaces the public one once approved.', '已创建新版本，审核通过后替换公开版本。')
m('achievement.convertedDeclared', 'Declared converted.', '已声明转化。')
# validation and domain errors
m('validation.required', 'Required.', '必填。')
m('validation.size.max', 'At most {0} characters.', '不超过 {0} 个字符。')
m('validation.email', 'Not an e-mail address.', '电子邮箱格式不正确。')
m('validation.yearMonth', 'Use year and month (yyyy-MM).', '请填写年月（yyyy-MM）。')
m('validation.date.future', 'The date cannot be in the future.', '日期不能晚于今天。')
m('validation.reasonRequired', 'Give a reason.', '请填写理由。')
m('achievement.keywords.count', 'Give 1 to {0} keywords.', '请填写 1–{0} 个关键词。')
m('achievement.keyword.tooLong', 'Keyword "{0}" is longer than {1} characters.', '关键词“{0}”超过 {1} 个字。')
m('achievement.abstract.length', 'The abstract needs {0} to {1} characters (now {2}).', '成果简介须为 {0}–{1} 字（当前 {2} 字）。')
m('achievement.organisations.required', 'Name at least the holder.', '至少填写成果持有单位。')
m('achievement.inventors.required', 'Name at least one inventor.', '至少填写一位完成人。')
m('achievement.inventor.share.range', 'A share between 0 and 100.', '贡献率须在 0–100 之间。')
m('achievement.inventors.sharesSum', 'The inventors\' shares must add up to 100 (now {0}).', '完成人贡献率合计须为 100（当前 {0}）。')
m('achievement.researchPeriod.order', 'The end cannot be before the start.', '终止年月不能早于起始年月。')
m('achievement.projectNumber.requiredForFiscal', 'Fiscally funded: give the project number.', '财政资助项目须填写项目编号。')
m('achievement.trl.range', 'Choose a TRL from 1 to 9.', '请选择 1–9 级技术成熟度。')
m('achievement.ip.number.required', 'Give the number.', '请填写号码。')
m('achievement.conversionMethods.required', 'Choose at least one conversion method.', '至少选择一种转化方式。')
m('achievement.price.requiredOrNegotiable', 'Give an asking price or tick negotiable.', '请填写意向价格或选择面议。')
m('achievement.price.negative', 'Cannot be negative.', '不能为负数。')
m('achievement.price.format', 'Give an amount in 10k yuan with at most two decimals.', '请填写以万元计、最多两位小数的金额。')
m('achievement.price.order', 'The upper price cannot be below the lower one.', '价格上限不能低于下限。')
m('achievement.classified.refused', 'Classified results are never registered on this platform.', '涉密成果不得在本平台登记。')
m('achievement.duplicate.title', 'Your organisation has registered an achievement with this title already.', '本单位已登记同名成果。')
m('achievement.duplicate.patent', 'Patent {0} is registered with another achievement already.', '专利 {0} 已在其他成果中登记。')
m('achievement.evidence.acceptanceOrEvaluation', 'Attach an acceptance opinion or an evaluation certificate.', '请上传验收意见或评价证明。')
m('achievement.evidence.ipCertificate', 'Attach the certificates of the IP rights you list.', '请上传所列知识产权的证书。')
m('achievement.evidence.testReport', 'Attach a test report.', '请上传检测报告。')
m('achievement.evidence.paperOrMonograph', 'Attach papers or a monograph.', '请上传论文或专著。')
m('achievement.evidence.citationProof', 'Attach citation proof.', '请上传引用证明。')
m('achievement.evidence.reviewOrAcceptance', 'Attach a review or acceptance opinion.', '请上传评审或验收意见。')
m('achievement.evidence.researchReport', 'Attach the research report.', '请上传研究报告。')
m('achievement.notEditable', 'It cannot be changed in state {0}.', '当前状态（{0}）不能修改。')
m('achievement.notFound', 'No such achievement ({0}).', '成果不存在（{0}）。')
m('achievement.notImported', 'Only imported listings can be replaced by an import.', '只有导入的成果可以被再次导入覆盖。')
m('achievement.notice.notOver', 'The public notice runs until {0}.', '公示期至 {0}，尚未结束。')
m('achievement.notice.objectionOpen', 'An objection is open; resolve it first.', '尚有未处理的异议。')
m('achievement.transition.notAllowed', 'Not possible from {0} to {1}.', '不能从 {0} 变为 {1}。')
m('achievement.holderOnly', 'Only the holder organisation can do this.', '只有成果持有单位可以进行此操作。')
m('achievement.register.roleRequired', 'Only achievement holders (institutions and enterprises) can register achievements.', '只有成果持有单位（院校、院所、企业）可以登记成果。')
m('achievement.register.organisationNotVerified', 'Your organisation must be verified before it registers achievements.', '单位通过认证后方可登记成果。')
m('achievement.revision.alreadyOpen', 'A revision is open already; continue that one.', '已有未完成的修订版本，请继续编辑。')
m('achievement.revision.onlyPublished', 'Only published achievements are revised.', '只有已发布的成果可以修订。')
m('achievement.revision.mismatch', 'This revision does not belong to that achievement.', '修订版本与原成果不符。')
m('achievement.revision.useApproveRevision', 'A revision is published on approval, without notice.', '修订版本审核通过后直接发布。')
m('code.discipline.unknown', 'Unknown discipline code {0}.', '学科代码 {0} 不存在。')
m('code.industry.unknown', 'Unknown industry code {0}.', '行业代码 {0} 不存在。')
m('code.region.unknown', 'Unknown region code.', '地区代码不存在。')
m('code.table.unknown', 'No code table {0}.', '代码表 {0} 不存在。')
m('error.title', 'Something went wrong', '出错了')
m('error.notFound.title', 'Not found', '页面不存在')
m('error.forbidden.title', 'Not allowed', '无权访问')
m('error.home', 'Back to the home page', '返回首页')
m('error.forbidden', 'You are not allowed to do this.', '您无权进行此操作。')
m('error.notFound', 'The page or item does not exist, or you cannot see it.', '页面或内容不存在，或您无权查看。')
m('error.unexpected', 'An unexpected error occurred. It has been logged; please try again.', '发生意外错误，已记录，请稍后重试。')
m('error.validation', 'Some fields are not valid.', '部分字段不符合要求。')

def escape(v, ascii_only):
    v = v.replace('\\', '\\\\').replace('\n', '\\n')
    if "'" in v and '{' in v:
        v = v.replace("'", "''")
    return v

root = pathlib.Path(__file__).resolve().parent.parent / 'src/main/resources'
extra = [pathlib.Path(p) for p in sys.argv[1:]]
keys = [k for k, _, _ in M]
dups = {k for k in keys if keys.count(k) > 1}
if dups:
    sys.exit('duplicate keys: %s' % sorted(dups))
for suffix, index in (('', 1), ('_zh_CN', 2)):
    lines = ['# Generated by tools/messages.py from one list of (key, English, Chinese); edit there.']
    lines += ['%s=%s' % (row[0], escape(row[index], suffix == '')) for row in M]
    (root / ('messages%s.properties' % suffix)).write_text('\n'.join(lines) + '\n', encoding='utf-8')
print('%d keys' % len(M))
