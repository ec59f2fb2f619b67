<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AbAnalysis</name>
    <message>
        <source>the header has no &apos;%1&apos; column; it needs variant,weight,exposures,conversions</source>
        <translation>表头缺少“%1”列；需要 variant,weight,exposures,conversions</translation>
    </message>
    <message>
        <source>the variant has no name</source>
        <translation>变体没有名称</translation>
    </message>
    <message>
        <source>the variant &apos;%1&apos; appears twice</source>
        <translation>变体“%1”出现了两次</translation>
    </message>
    <message>
        <source>the weight of &apos;%1&apos; must be a positive number, not &apos;%2&apos;</source>
        <translation>“%1”的权重必须是正数，而不是“%2”</translation>
    </message>
    <message>
        <source>exposures of &apos;%1&apos; must be a whole number, not &apos;%2&apos;</source>
        <translation>“%1”的曝光数必须是整数，而不是“%2”</translation>
    </message>
    <message>
        <source>conversions of &apos;%1&apos; must be a whole number, not &apos;%2&apos;</source>
        <translation>“%1”的转化数必须是整数，而不是“%2”</translation>
    </message>
    <message>
        <source>counts of &apos;%1&apos; cannot be negative</source>
        <translation>“%1”的计数不能为负</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has more conversions (%2) than exposures (%3)</source>
        <translation>“%1”的转化数（%2）多于曝光数（%3）</translation>
    </message>
    <message>
        <source>the file is empty; it needs a header variant,weight,exposures,conversions and a row per variant</source>
        <translation>文件为空；需要表头 variant,weight,exposures,conversions，每个变体一行</translation>
    </message>
    <message>
        <source>an experiment needs at least two variants; the file has %1</source>
        <translation>实验至少需要两个变体；文件中只有 %1 个</translation>
    </message>
    <message>
        <source>an experiment needs at least two variants</source>
        <translation>实验至少需要两个变体</translation>
    </message>
    <message>
        <source>alpha must lie between 0 and 1</source>
        <translation>显著性水平必须在 0 到 1 之间</translation>
    </message>
    <message>
        <source>there is no variant &apos;%1&apos; to use as the control</source>
        <translation>没有可作为对照组的变体“%1”</translation>
    </message>
    <message>
        <source>Sample ratio mismatch: the exposures do not match the weights (chi-square %1, p = %2). Fix the assignment before reading any result; no verdict.</source>
        <translation>样本比例失衡：曝光数与分流权重不符（卡方 %1，p = %2）。请先修复分流再解读结果；不给出结论。</translation>
    </message>
    <message>
        <source>Not enough data yet: each variant needs %1 exposures and the smallest has %2; no verdict.</source>
        <translation>数据还不够：每个变体需要 %1 次曝光，最少的只有 %2 次；暂不下结论。</translation>
    </message>
    <message>
        <source> (95 % CI %1 to %2)</source>
        <translation>（95% 置信区间 %1 至 %2）</translation>
    </message>
    <message>
        <source>%1 beats %2 by %3%4, adjusted p = %5.</source>
        <translation>%1 优于 %2，提升 %3%4，校正后 p = %5。</translation>
    </message>
    <message>
        <source>%1 does worse than %2 by %3%4, adjusted p = %5.</source>
        <translation>%1 不如 %2，变化 %3%4，校正后 p = %5。</translation>
    </message>
    <message>
        <source>No variant differs from %1 at alpha %2 (smallest adjusted p = %3).</source>
        <translation>在显著性水平 %2 下，没有变体与 %1 有显著差异（最小校正后 p = %3）。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation>“%1”不是日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>the variant &apos;%1&apos; has two rows for %2</source>
        <translation>变体“%1”在 %2 有两行</translation>
    </message>
    <message>
        <source>the weight of &apos;%1&apos; changes from %2 to %3</source>
        <translation>“%1”的权重从 %2 变成了 %3</translation>
    </message>
    <message>
        <source>No exposures yet for at least one variant; no verdict.</source>
        <translation>至少有一个变体还没有曝光；暂不下结论。</translation>
    </message>
    <message>
        <source>No conversion in the control %1 yet, so the sample a verdict needs cannot be computed; no verdict.</source>
        <translation>对照组 %1 还没有转化，无法计算得出结论所需的样本量；暂不下结论。</translation>
    </message>
</context>
<context>
    <name>AccuracyMonitor</name>
    <message>
        <source>%1 of the last %2 periods are below %3 % accuracy with at least %4 reviews each</source>
        <translation>最近 %2 个周期中有 %1 个准确率低于 %3%（每个周期至少 %4 条审核）</translation>
    </message>
    <message>
        <source>%1 of the last %2 periods below %3 % (an alert needs %4 with at least %5 reviews each)</source>
        <translation>最近 %2 个周期中有 %1 个低于 %3%（需 %4 个且每个至少 %5 条审核才告警）</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>the audit log cannot be read: %1</source>
        <translation>无法读取审计日志：%1</translation>
    </message>
    <message>
        <source>entry #%1 was inserted after the last recorded entry (#%2)</source>
        <translation>第 %1 条记录是在最后一条已记录条目（第 %2 条）之后插入的</translation>
    </message>
    <message>
        <source>entry #%1 was deleted</source>
        <translation>第 %1 条记录已被删除</translation>
    </message>
    <message>
        <source>entries #%1 to #%2 were deleted</source>
        <translation>第 %1 至第 %2 条记录已被删除</translation>
    </message>
    <message>
        <source>entry #%1 was inserted; the entries after it were renumbered</source>
        <translation>第 %1 条记录是被插入的，其后的记录被重新编号</translation>
    </message>
    <message>
        <source>an entry before #%1 was deleted; the entries after it were renumbered</source>
        <translation>第 %1 条之前有记录被删除，其后的记录被重新编号</translation>
    </message>
    <message>
        <source>entry #%1 was changed</source>
        <translation>第 %1 条记录已被篡改</translation>
    </message>
    <message>
        <source>entry #%1 was inserted; entry #%2 chains past it</source>
        <translation>第 %1 条记录是被插入的：第 %2 条记录的链越过了它</translation>
    </message>
    <message>
        <source>entry #%1 was replaced; entry #%2 no longer chains to it</source>
        <translation>第 %1 条记录已被替换：第 %2 条记录不再与它相链</translation>
    </message>
    <message>
        <source>verification cancelled</source>
        <translation>校验已取消</translation>
    </message>
    <message>
        <source>the record of the log&apos;s last entry is missing</source>
        <translation>日志末条记录的登记信息缺失</translation>
    </message>
    <message>
        <source>entry #%1, the last one, was deleted</source>
        <translation>最后一条记录（第 %1 条）已被删除</translation>
    </message>
    <message>
        <source>entries #%1 to #%2 at the end were deleted</source>
        <translation>末尾的第 %1 至第 %2 条记录已被删除</translation>
    </message>
    <message>
        <source>entry #%1 was replaced</source>
        <translation>第 %1 条记录已被替换</translation>
    </message>
</context>
<context>
    <name>AuthService</name>
    <message>
        <source>an operator name has 1 to 64 characters and no spaces</source>
        <translation>操作员名称须为 1 至 64 个字符，且不含空格</translation>
    </message>
    <message>
        <source>this workspace already has operators; log in as an admin</source>
        <translation>此工作区已有操作员，请以管理员身份登录</translation>
    </message>
    <message>
        <source>wrong operator name or password</source>
        <translation>操作员名称或密码错误</translation>
    </message>
    <message>
        <source>the account %1 is disabled; ask an admin</source>
        <translation>账户 %1 已停用，请联系管理员</translation>
    </message>
    <message>
        <source>the account %1 is locked after %2 wrong passwords until %3, or until an admin unlocks it</source>
        <translation>账户 %1 因 %2 次密码错误已锁定，至 %3 解锁，或由管理员提前解锁</translation>
    </message>
    <message>
        <source>the account %1 cannot log in: its stored credentials are unreadable</source>
        <translation>账户 %1 无法登录：其保存的凭据无法读取</translation>
    </message>
    <message>
        <source>wrong password; the account %1 is now locked for %2 minutes</source>
        <translation>密码错误；账户 %1 已被锁定 %2 分钟</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n attempt(s) left before the account locks)</source>
        <translation>
            <numerusform>%1（再错 %n 次账户将被锁定）</numerusform>
        </translation>
    </message>
    <message>
        <source>your account no longer exists</source>
        <translation>您的账户已不存在</translation>
    </message>
    <message>
        <source>your account has been disabled</source>
        <translation>您的账户已被停用</translation>
    </message>
    <message>
        <source>your account has an unknown role</source>
        <translation>您的账户角色无法识别</translation>
    </message>
    <message>
        <source>permission denied: a %1 may not %2</source>
        <translation>权限不足：%1无权%2</translation>
    </message>
    <message>
        <source>customer-service agent</source>
        <translation>客服坐席</translation>
    </message>
    <message>
        <source>marketer</source>
        <translation>营销人员</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>change their own password</source>
        <translation>修改自己的密码</translation>
    </message>
    <message>
        <source>take over and answer conversations</source>
        <translation>接管并回复会话</translation>
    </message>
    <message>
        <source>see every agent&apos;s queue</source>
        <translation>查看所有坐席的队列</translation>
    </message>
    <message>
        <source>handle supervisor escalations</source>
        <translation>处理升级至主管的会话</translation>
    </message>
    <message>
        <source>insert scripts as replies</source>
        <translation>插入话术作为回复</translation>
    </message>
    <message>
        <source>edit the script library</source>
        <translation>编辑话术库</translation>
    </message>
    <message>
        <source>edit content templates</source>
        <translation>编辑内容模板</translation>
    </message>
    <message>
        <source>run A/B experiments</source>
        <translation>运行 A/B 实验</translation>
    </message>
    <message>
        <source>view experiment results</source>
        <translation>查看实验结果</translation>
    </message>
    <message>
        <source>view the dashboard</source>
        <translation>查看仪表盘</translation>
    </message>
    <message>
        <source>view model quality</source>
        <translation>查看模型质量</translation>
    </message>
    <message>
        <source>train sentiment models</source>
        <translation>训练情感模型</translation>
    </message>
    <message>
        <source>import and activate models</source>
        <translation>导入并启用模型</translation>
    </message>
    <message>
        <source>view user profiles</source>
        <translation>查看用户画像</translation>
    </message>
    <message>
        <source>import profiles and events</source>
        <translation>导入画像和行为事件</translation>
    </message>
    <message>
        <source>export personal data</source>
        <translation>导出个人信息</translation>
    </message>
    <message>
        <source>delete personal data</source>
        <translation>删除个人信息</translation>
    </message>
    <message>
        <source>view the knowledge graph</source>
        <translation>查看知识图谱</translation>
    </message>
    <message>
        <source>edit the knowledge graph</source>
        <translation>编辑知识图谱</translation>
    </message>
    <message>
        <source>manage lexicons</source>
        <translation>管理词库</translation>
    </message>
    <message>
        <source>manage operators</source>
        <translation>管理操作员</translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation>查看审计日志</translation>
    </message>
    <message>
        <source>back up and check the workspace</source>
        <translation>备份和检查工作区</translation>
    </message>
    <message>
        <source>read content templates</source>
        <translation>查看内容模板</translation>
    </message>
    <message>
        <source>record a user&apos;s withdrawal of consent</source>
        <translation>记录用户撤回同意</translation>
    </message>
    <message>
        <source>let content past the quality gate, with a reason</source>
        <translation>填写理由后放行未通过质量关卡的内容</translation>
    </message>
</context>
<context>
    <name>BertEncoder</name>
    <message>
        <source>--device cuda: this libtorch has no CUDA or no GPU is present</source>
        <translation>--device cuda：此 libtorch 不含 CUDA，或没有 GPU</translation>
    </message>
    <message>
        <source>unknown device &apos;%1&apos; (cpu or cuda)</source>
        <translation>未知设备“%1”（cpu 或 cuda）</translation>
    </message>
    <message>
        <source>%1 is a &apos;%2&apos; model; the encoder reads BERT-family checkpoints (model_type bert)</source>
        <translation>%1 是“%2”模型；编码器读取 BERT 系列检查点（model_type bert）</translation>
    </message>
    <message>
        <source>%1/config.json: the activation &apos;%2&apos; is not supported</source>
        <translation>%1/config.json：不支持激活函数“%2”</translation>
    </message>
    <message>
        <source>%1/config.json: position_embedding_type &apos;%2&apos; is not supported (absolute is)</source>
        <translation>%1/config.json：不支持 position_embedding_type“%2”（支持 absolute）</translation>
    </message>
    <message>
        <source>%1/config.json: hidden_size %2 is not a multiple of num_attention_heads %3</source>
        <translation>%1/config.json：hidden_size %2 不是 num_attention_heads %3 的整数倍</translation>
    </message>
    <message>
        <source>%1 has no vocab.txt (BERT&apos;s WordPiece vocabulary)</source>
        <translation>%1 缺少 vocab.txt（BERT 的 WordPiece 词表）</translation>
    </message>
    <message>
        <source>%1/vocab.txt: %2</source>
        <translation>%1/vocab.txt：%2</translation>
    </message>
    <message>
        <source>%1: vocab.txt has %2 entries but the model only %3 (vocab_size)</source>
        <translation>%1：vocab.txt 有 %2 个词条，但模型只有 %3 个（vocab_size）</translation>
    </message>
    <message>
        <source>%1: the weights have no embeddings.word_embeddings.weight (with or without the bert. prefix)</source>
        <translation>%1：权重中没有 embeddings.word_embeddings.weight（无论是否带 bert. 前缀）</translation>
    </message>
    <message>
        <source>%1: classifier.weight has shape %2, not [labels, %3]</source>
        <translation>%1：classifier.weight 的形状是 %2，而不是 [标签数, %3]</translation>
    </message>
    <message>
        <source>%1 has no classification head (classifier.weight and a pooler); fine-tune it on labelled texts first</source>
        <translation>%1 没有分类头（classifier.weight 和 pooler）；请先用已标注文本微调</translation>
    </message>
    <message>
        <source>the model&apos;s labels (%1) are not sentiment labels (positive, neutral, negative)</source>
        <translation>模型的标签（%1）不是情感标签（正面、中性、负面）</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>folds must be between 2 and 20, or 0 for no cross-validation</source>
        <translation>折数须在 2 到 20 之间，或为 0（不做交叉验证）</translation>
    </message>
    <message>
        <source>steps, batch, max length and learning rate must be positive (and the rate below 1)</source>
        <translation>步数、批大小、最大长度和学习率都必须为正（学习率小于 1）</translation>
    </message>
    <message>
        <source>the training data needs at least two labels</source>
        <translation>训练数据至少需要两个标签</translation>
    </message>
    <message>
        <source>too few rows for %1 folds</source>
        <translation>行数太少，不够分成 %1 折</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>BpeTokenizer</name>
    <message>
        <source>tokenizer.json is not a JSON object (%1 at byte %2)</source>
        <translation>tokenizer.json 不是 JSON 对象（第 %2 字节：%1）</translation>
    </message>
    <message>
        <source>tokenizer.json: the model is &apos;%1&apos;, not BPE</source>
        <translation>tokenizer.json：模型是“%1”，不是 BPE</translation>
    </message>
    <message>
        <source>tokenizer.json has no BPE vocabulary</source>
        <translation>tokenizer.json 没有 BPE 词表</translation>
    </message>
    <message>
        <source>tokenizer.json: vocabulary entry &apos;%1&apos; has no valid id</source>
        <translation>tokenizer.json：词表条目“%1”没有有效编号</translation>
    </message>
    <message>
        <source>tokenizer.json: an added token has no content or no valid id</source>
        <translation>tokenizer.json：某个新增词元没有内容或有效编号</translation>
    </message>
    <message>
        <source>tokenizer.json: merge %1 (&apos;%2&apos;) is not two tokens</source>
        <translation>tokenizer.json：第 %1 条合并规则（“%2”）不是两个词元</translation>
    </message>
    <message>
        <source>tokenizer.json: merge %1 is not two tokens</source>
        <translation>tokenizer.json：第 %1 条合并规则不是两个词元</translation>
    </message>
    <message>
        <source>tokenizer.json: merge %1 (&apos;%2 %3&apos;) uses a token not in the vocabulary</source>
        <translation>tokenizer.json：第 %1 条合并规则（“%2 %3”）用到了词表中没有的词元</translation>
    </message>
    <message>
        <source>tokenizer.json: the normalizer &apos;%1&apos; is not supported</source>
        <translation>tokenizer.json：不支持规范化器“%1”</translation>
    </message>
    <message>
        <source>tokenizer.json: a Split pre-tokenizer with behaviour &apos;%1&apos; is not supported</source>
        <translation>tokenizer.json：不支持行为为“%1”的 Split 预分词器</translation>
    </message>
    <message>
        <source>tokenizer.json: ByteLevel with add_prefix_space is not supported</source>
        <translation>tokenizer.json：不支持带 add_prefix_space 的 ByteLevel</translation>
    </message>
    <message>
        <source>tokenizer.json: the pre-tokenizer &apos;%1&apos; is not supported</source>
        <translation>tokenizer.json：不支持预分词器“%1”</translation>
    </message>
    <message>
        <source>tokenizer.json: the split pattern does not compile (%1)</source>
        <translation>tokenizer.json：切分正则无法编译（%1）</translation>
    </message>
    <message>
        <source>tokenizer.json is not a byte-level BPE tokenizer (no ByteLevel pre-tokenizer)</source>
        <translation>tokenizer.json 不是字节级 BPE 分词器（没有 ByteLevel 预分词器）</translation>
    </message>
</context>
<context>
    <name>BulkCheck</name>
    <message>
        <source>empty line</source>
        <translation>空行</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>line %1: the object has no &quot;text&quot; string</source>
        <translation>第 %1 行：对象中没有 &quot;text&quot; 字符串</translation>
    </message>
    <message>
        <source>cannot write the results: %1</source>
        <translation>无法写出结果：%1</translation>
    </message>
    <message>
        <source>line %1 is longer than %2 bytes</source>
        <translation>第 %1 行超过 %2 字节</translation>
    </message>
    <message>
        <source>the check was cancelled</source>
        <translation>检查已取消</translation>
    </message>
    <message>
        <source>cannot read the texts: %1</source>
        <translation>无法读取文本：%1</translation>
    </message>
</context>
<context>
    <name>BusinessCalendar</name>
    <message>
        <source>calendar line %1: %2</source>
        <translation>日历第 %1 行：%2</translation>
    </message>
    <message>
        <source>a calendar is a JSON object</source>
        <translation>日历应为一个 JSON 对象</translation>
    </message>
    <message>
        <source>calendar: utc_offset &apos;%1&apos; is not like +08:00</source>
        <translation>日历：utc_offset“%1”的格式应类似 +08:00</translation>
    </message>
    <message>
        <source>calendar: %1 is a list such as [&quot;09:00-18:00&quot;]</source>
        <translation>日历：%1 应为列表，例如 [&quot;09:00-18:00&quot;]</translation>
    </message>
    <message>
        <source>calendar: %1[%2] &apos;%3&apos; is not a range like 09:00-18:00</source>
        <translation>日历：%1[%2]“%3”不是形如 09:00-18:00 的时间段</translation>
    </message>
    <message>
        <source>calendar: the ranges of %1 overlap</source>
        <translation>日历：%1 的时间段相互重叠</translation>
    </message>
    <message>
        <source>calendar: &apos;week&apos; gives the working hours of mon … sun</source>
        <translation>日历：“week”应给出周一至周日（mon … sun）的工作时间</translation>
    </message>
    <message>
        <source>calendar: %1 is a list of dates</source>
        <translation>日历：%1 应为日期列表</translation>
    </message>
    <message>
        <source>calendar: %1[%2] is not a date (YYYY-MM-DD) or a range {&quot;from&quot;, &quot;to&quot;}</source>
        <translation>日历：%1[%2] 不是日期（YYYY-MM-DD）或区间 {&quot;from&quot;, &quot;to&quot;}</translation>
    </message>
    <message>
        <source>calendar: %1 is both a holiday and a working day</source>
        <translation>日历：%1 既是假日又是调休工作日</translation>
    </message>
    <message>
        <source>calendar: the name is longer than %1 characters or holds a control character</source>
        <translation>日历：名称超过 %1 个字符或含有控制字符</translation>
    </message>
    <message>
        <source>calendar: %1[%2] has a name longer than %3 characters or with a control character</source>
        <translation>日历：%1[%2] 的名称超过 %3 个字符或含有控制字符</translation>
    </message>
</context>
<context>
    <name>ContentGate</name>
    <message>
        <source>no platform: say which platform the template is written for</source>
        <translation>未指定平台：请选择模板面向的平台</translation>
    </message>
</context>
<context>
    <name>ContentService</name>
    <message>
        <source>no such template or script</source>
        <translation>没有该模板或话术</translation>
    </message>
    <message>
        <source>a name is needed</source>
        <translation>需要填写名称</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a segment; use high_value, high_activity, new_user or none</source>
        <translation>“%1”不是人群分层，可用 high_value、high_activity、new_user 或留空</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a platform Lingxi checks content for</source>
        <translation>“%1”不是灵犀可检查内容的平台</translation>
    </message>
    <message>
        <source>a tag may not contain &apos;|&apos;: %1</source>
        <translation>标签不能包含“|”：%1</translation>
    </message>
    <message>
        <source>no template for the industry &apos;%1&apos; suits this user</source>
        <translation>行业“%1”没有适合该用户的模板</translation>
    </message>
    <message>
        <source>chosen because the user has not consented to profiling, so only templates written for everyone are considered and no personal values are used</source>
        <translation>选择原因：该用户未同意画像分析，只考虑面向所有用户的模板，也不使用个人取值</translation>
    </message>
    <message>
        <source>%1 has no version %2</source>
        <translation>%1 没有第 %2 版</translation>
    </message>
    <message>
        <source>an override needs a reason</source>
        <translation>放行需要填写理由</translation>
    </message>
    <message>
        <source>the reason is at most 500 characters</source>
        <translation>理由最多 500 个字符</translation>
    </message>
    <message>
        <source>version %1 of %2 passes the quality gate; there is nothing to override</source>
        <translation>“%2”的第 %1 版已通过质量关卡，无需放行</translation>
    </message>
    <message>
        <source>%1: version %2 of “%3” is blocked by the quality gate (%4); fix it, or a supervisor may override the gate with a reason</source>
        <translation>%1：“%3”的第 %2 版未通过质量关卡（%4）；请修改，或由主管填写理由后放行</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>a quoted field that starts on line %1 is never closed</source>
        <translation>第 %1 行开始的带引号字段没有结束引号</translation>
    </message>
    <message>
        <source>line %1 is not valid UTF-8</source>
        <translation>第 %1 行不是有效的 UTF-8</translation>
    </message>
    <message>
        <source>the record on line %1 is longer than %2</source>
        <translation>第 %1 行的记录超过 %2</translation>
    </message>
</context>
<context>
    <name>DashboardService</name>
    <message>
        <source>Conversion</source>
        <translation>转化率</translation>
    </message>
    <message>
        <source>Click-through</source>
        <translation>点击率</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>互动率</translation>
    </message>
    <message>
        <source>Customer messages</source>
        <translation>客户消息</translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation>升级</translation>
    </message>
    <message>
        <source>SLA breaches</source>
        <translation>SLA 超时</translation>
    </message>
    <message>
        <source>Median first reply</source>
        <translation>首次回复中位数</translation>
    </message>
    <message>
        <source>Callbacks open</source>
        <translation>待回访</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Last time</source>
        <translation>最近时间</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件数</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>最新消息</translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation>开始等待</translation>
    </message>
    <message>
        <source>First reply</source>
        <translation>首次回复</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>尚未回复</translation>
    </message>
    <message>
        <source>the dashboard has no rows behind &apos;%1&apos;</source>
        <translation>仪表盘中“%1”没有明细</translation>
    </message>
    <message>
        <source>My replies</source>
        <translation>我的回复</translation>
    </message>
    <message>
        <source>My conversations now</source>
        <translation>我当前的会话</translation>
    </message>
    <message>
        <source>no dashboard for this role</source>
        <translation>此角色没有仪表盘</translation>
    </message>
    <message>
        <source>marketers see the marketing figures of the dashboard</source>
        <translation>营销人员只能查看仪表盘中的营销数据</translation>
    </message>
    <message>
        <source>agents see the figures of their own work</source>
        <translation>坐席只能查看自己的工作数据</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
</context>
<context>
    <name>DefaultLexicons</name>
    <message>
        <source>Advertising Law: absolute claims</source>
        <translation>广告法极限词</translation>
    </message>
    <message>
        <source>Medical and efficacy claims</source>
        <translation>医疗与功效宣称</translation>
    </message>
    <message>
        <source>Promised returns</source>
        <translation>收益承诺</translation>
    </message>
    <message>
        <source>Platform rules</source>
        <translation>平台规则</translation>
    </message>
    <message>
        <source>Known false positives</source>
        <translation>常见误报（白名单）</translation>
    </message>
</context>
<context>
    <name>DemoWorkspace</name>
    <message>
        <source>%1 already exists; the demo workspace needs a new file</source>
        <translation>%1 已存在；演示工作区需要一个新文件</translation>
    </message>
    <message>
        <source>Creating the admin account</source>
        <translation>正在创建管理员账户</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Adding %1</source>
        <translation>正在添加 %1</translation>
    </message>
    <message>
        <source>Recording the team&apos;s first logins</source>
        <translation>正在记录团队的首次登录</translation>
    </message>
    <message>
        <source>Marking the workspace as a demo</source>
        <translation>正在将工作区标记为演示</translation>
    </message>
    <message>
        <source>Demo workspace ready</source>
        <translation>演示工作区已就绪</translation>
    </message>
    <message>
        <source>the demo graph has %1 bad record(s): %2</source>
        <translation>演示图谱有 %1 条错误记录：%2</translation>
    </message>
    <message>
        <source>Loading the skincare knowledge graph</source>
        <translation>正在载入护肤知识图谱</translation>
    </message>
    <message>
        <source>Generating 3,000 users and their last 60 days</source>
        <translation>生成 3,000 名用户及其近 60 天的行为</translation>
    </message>
    <message>
        <source>Opening the conversation desk</source>
        <translation>正在开启会话工作台</translation>
    </message>
    <message>
        <source>Training the demo&apos;s sentiment model</source>
        <translation>正在训练演示用的情感模型</translation>
    </message>
</context>
<context>
    <name>DeskReplay</name>
    <message>
        <source>not JSON (%1 at character %2)</source>
        <translation>不是 JSON（第 %2 个字符处：%1）</translation>
    </message>
    <message>
        <source>a message is a JSON object</source>
        <translation>一条消息应为一个 JSON 对象</translation>
    </message>
    <message>
        <source>&quot;id&quot; is missing (a string or a number)</source>
        <translation>缺少 &quot;id&quot;（字符串或数字）</translation>
    </message>
    <message>
        <source>&quot;conversation&quot; is missing (a string or a number)</source>
        <translation>缺少 &quot;conversation&quot;（字符串或数字）</translation>
    </message>
    <message>
        <source>&quot;time&quot; is not an ISO-8601 date and time: &apos;%1&apos;</source>
        <translation>&quot;time&quot; 不是 ISO-8601 日期时间：“%1”</translation>
    </message>
    <message>
        <source>&quot;text&quot; is missing</source>
        <translation>缺少 &quot;text&quot;</translation>
    </message>
    <message>
        <source>&quot;vip&quot; is true or false</source>
        <translation>&quot;vip&quot; 应为 true 或 false</translation>
    </message>
    <message>
        <source>no &quot;sentiment&quot; given and no active sentiment model to classify the text</source>
        <translation>未给出 &quot;sentiment&quot;，也没有可用于判断的已启用情感模型</translation>
    </message>
    <message>
        <source>&quot;sentiment&quot; is positive, neutral or negative, not &apos;%1&apos;</source>
        <translation>&quot;sentiment&quot; 应为 positive、neutral 或 negative，而不是“%1”</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>line %1: longer than %2</source>
        <translation>第 %1 行：超过 %2</translation>
    </message>
</context>
<context>
    <name>DeskService</name>
    <message>
        <source>channel &apos;%1&apos; is not one of %2</source>
        <translation>渠道“%1”不在 %2 之中</translation>
    </message>
    <message>
        <source>a message needs its conversation id</source>
        <translation>消息需要会话 ID</translation>
    </message>
    <message>
        <source>the message has no text</source>
        <translation>消息没有文字</translation>
    </message>
    <message>
        <source>there is no conversation number %1</source>
        <translation>没有编号为 %1 的会话</translation>
    </message>
    <message>
        <source>%1 already holds this conversation</source>
        <translation>%1 已接管此会话</translation>
    </message>
    <message>
        <source>this conversation cannot be taken now (it is %1)</source>
        <translation>此会话当前无法接管（状态：%1）</translation>
    </message>
    <message>
        <source>this conversation is closed</source>
        <translation>此会话已关闭</translation>
    </message>
    <message>
        <source>only the person who holds a conversation hands it back</source>
        <translation>只有接管会话的人才能交还给机器人</translation>
    </message>
    <message>
        <source>the bot already has this conversation</source>
        <translation>此会话已由机器人处理</translation>
    </message>
    <message>
        <source>take the conversation before closing it</source>
        <translation>请先接管会话再关闭</translation>
    </message>
    <message>
        <source>the conversation is already with the supervisors</source>
        <translation>此会话已在主管队列中</translation>
    </message>
    <message>
        <source>%1 holds this conversation</source>
        <translation>此会话由 %1 接管</translation>
    </message>
    <message>
        <source>the reply is empty</source>
        <translation>回复为空</translation>
    </message>
    <message>
        <source>take the conversation over before replying</source>
        <translation>请先接管会话再回复</translation>
    </message>
    <message>
        <source>there is no active agent called &apos;%1&apos;</source>
        <translation>没有名为“%1”的在职坐席</translation>
    </message>
    <message>
        <source>%1 now holds %2 conversations, over the capacity of %3</source>
        <translation>%1 现有 %2 个会话，超出上限 %3</translation>
    </message>
    <message>
        <source>%1 is at capacity (%2 of %3); assign anyway to go over it</source>
        <translation>%1 已满负荷（%2/%3）；如需超额请选择仍然分配</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1 当前状态：%2</translation>
    </message>
    <message>
        <source>a capacity is from 0 to 100 conversations</source>
        <translation>接待上限应在 0 到 100 个会话之间</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an active agent or supervisor</source>
        <translation>“%1”不是在职坐席或主管</translation>
    </message>
    <message>
        <source>this conversation is with someone else</source>
        <translation>此会话由其他人处理</translation>
    </message>
    <message>
        <source>there is no script number %1</source>
        <translation>没有编号为 %1 的话术</translation>
    </message>
    <message>
        <source>A/B test %1: this user is not enrolled (no consent to marketing on record)</source>
        <translation>A/B 测试 %1：此用户未参与（没有营销同意记录）</translation>
    </message>
    <message>
        <source>A/B test %1: variant %2 has lost its script version</source>
        <translation>A/B 测试 %1：变体 %2 的话术版本已不存在</translation>
    </message>
    <message>
        <source>A/B test %1 “%2”: this user sees variant %3</source>
        <translation>A/B 测试 %1“%2”：此用户看到变体 %3</translation>
    </message>
    <message>
        <source>the first reply was overdue: %1 has a new %2-minute clock, until %3</source>
        <translation>首次回复已超时：%1 重新获得 %2 分钟的回复时限，截至 %3</translation>
    </message>
    <message>
        <source>the conversation or user id is longer than %1 characters or holds a control character</source>
        <translation>会话或用户标识超过 %1 个字符或含有控制字符</translation>
    </message>
</context>
<context>
    <name>DialogueFlow</name>
    <message>
        <source>the dialogue flows are not valid JSON at byte %1: %2</source>
        <translation>对话流程不是有效的 JSON（第 %1 字节）：%2</translation>
    </message>
    <message>
        <source>flow %1 needs an id and exactly three rounds</source>
        <translation>流程 %1 需要编号，且恰好三轮</translation>
    </message>
    <message>
        <source>flow %1, round %2 says nothing</source>
        <translation>流程 %1 第 %2 轮没有内容</translation>
    </message>
    <message>
        <source>flow %1, round %2: %3</source>
        <translation>流程 %1 第 %2 轮：%3</translation>
    </message>
    <message>
        <source>a dialogue has rounds 1 to %1</source>
        <translation>对话只有第 1 至第 %1 轮</translation>
    </message>
    <message>
        <source>opening</source>
        <translation>开场</translation>
    </message>
    <message>
        <source>no branch matched the answer; default</source>
        <translation>回答未命中任何分支，使用默认</translation>
    </message>
    <message>
        <source>the answer mentions “%1”</source>
        <translation>回答提到了“%1”</translation>
    </message>
    <message>
        <source>the answer is %1</source>
        <translation>回答的情感为 %1</translation>
    </message>
    <message>
        <source>round %1 has no branch for this answer and no default</source>
        <translation>第 %1 轮没有适合此回答的分支，也没有默认分支</translation>
    </message>
    <message>
        <source>flow %1, round %2: sentiment is positive, neutral or negative, not &apos;%3&apos;</source>
        <translation>流程 %1 第 %2 轮：情感只能是 positive、neutral 或 negative，而不是“%3”</translation>
    </message>
    <message>
        <source>flow %1 needs an id and a name</source>
        <translation>第 %1 个流程需要标识和名称</translation>
    </message>
    <message>
        <source>two flows have the id %1</source>
        <translation>有两个流程的标识都是 %1</translation>
    </message>
    <message>
        <source>%1: a flow has exactly three rounds</source>
        <translation>%1：一个流程必须正好三轮</translation>
    </message>
    <message>
        <source>%1, round %2 says nothing</source>
        <translation>%1 第 %2 轮没有话术</translation>
    </message>
    <message>
        <source>%1, round %2, line %3 says nothing</source>
        <translation>%1 第 %2 轮第 %3 行没有话术</translation>
    </message>
    <message>
        <source>%1, round %2, line %3: %4</source>
        <translation>%1 第 %2 轮第 %3 行：%4</translation>
    </message>
    <message>
        <source>%1, round %2, line %3 has no condition: give a sentiment or keywords, or make it the default</source>
        <translation>%1 第 %2 轮第 %3 行没有条件：请设置情感或关键词，或将其设为默认行</translation>
    </message>
    <message>
        <source>%1, round %2: the default line comes last, after the lines with conditions</source>
        <translation>%1 第 %2 轮：默认行必须放在所有带条件的行之后</translation>
    </message>
    <message>
        <source>%1, round %2 has no default line: an answer that matches no condition would leave the user without a reply</source>
        <translation>%1 第 %2 轮没有默认行：不满足任何条件的回答将得不到回复</translation>
    </message>
</context>
<context>
    <name>DialogueService</name>
    <message>
        <source>cannot read the dialogue flows: %1</source>
        <translation>无法读取对话流程：%1</translation>
    </message>
    <message>
        <source>the bot cannot follow &apos;%1&apos;: there is no such flow</source>
        <translation>机器人无法使用“%1”：没有这个流程</translation>
    </message>
</context>
<context>
    <name>EscalationPolicy</name>
    <message>
        <source>desk policy: %1 is a whole number from %2 to %3</source>
        <translation>工作台规则：%1 应为 %2 到 %3 之间的整数</translation>
    </message>
    <message>
        <source>desk policy: %1 is a number from 0 to 1</source>
        <translation>工作台规则：%1 应为 0 到 1 之间的数</translation>
    </message>
    <message>
        <source>VIP user</source>
        <translation>VIP 用户</translation>
    </message>
    <message>
        <source>several questions in one message</source>
        <translation>一条消息包含多个问题</translation>
    </message>
    <message>
        <source>complaint words</source>
        <translation>含投诉词</translation>
    </message>
    <message>
        <source>very long message</source>
        <translation>消息过长</translation>
    </message>
    <message>
        <source>the model is unsure of the sentiment</source>
        <translation>模型对情感判断把握不足</translation>
    </message>
    <message>
        <source>asks for a person</source>
        <translation>要求人工</translation>
    </message>
</context>
<context>
    <name>ExperimentService</name>
    <message>
        <source>no experiment number %1</source>
        <translation>没有编号为 %1 的实验</translation>
    </message>
    <message>
        <source>an experiment needs a name</source>
        <translation>实验需要名称</translation>
    </message>
    <message>
        <source>an experiment has two or three variants, not %1</source>
        <translation>实验有两个或三个变体，而不是 %1 个</translation>
    </message>
    <message>
        <source>the primary metric is click_through, conversion or engagement, not &apos;%1&apos;</source>
        <translation>主指标是 click_through、conversion 或 engagement，而不是“%1”</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be a guardrail metric here</source>
        <translation>“%1”不能作为这里的护栏指标</translation>
    </message>
    <message>
        <source>the experiment must end after it starts</source>
        <translation>实验结束时间必须晚于开始时间</translation>
    </message>
    <message>
        <source>two variants are labelled %1</source>
        <translation>有两个变体都标为 %1</translation>
    </message>
    <message>
        <source>the weight of variant %1 must be positive</source>
        <translation>变体 %1 的权重必须为正</translation>
    </message>
    <message>
        <source>variant %1: there is no template or script number %2</source>
        <translation>变体 %1：没有编号为 %2 的模板或话术</translation>
    </message>
    <message>
        <source>variant %1: %2 has no version %3</source>
        <translation>变体 %1：%2 没有第 %3 版</translation>
    </message>
    <message>
        <source>the variants of one experiment are all templates or all scripts</source>
        <translation>同一实验的变体须全是模板或全是话术</translation>
    </message>
    <message>
        <source>an experiment goes from draft to running to stopped; this one is %1</source>
        <translation>实验只能从草稿到进行中再到已停止；当前为 %1</translation>
    </message>
    <message>
        <source>variant %1</source>
        <translation>变体 %1</translation>
    </message>
</context>
<context>
    <name>GraphCsv</name>
    <message>
        <source>the header has no &apos;%1&apos; column (it has: %2)</source>
        <translation>表头缺少“%1”列（现有：%2）</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
</context>
<context>
    <name>GraphFiles</name>
    <message>
        <source>Cypher scripts are written for Neo4j; Lingxi does not read them back (use JSON, GraphML or CSV)</source>
        <translation>Cypher 脚本是写给 Neo4j 的，灵犀不读回（请用 JSON、GraphML 或 CSV）</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>未知格式</translation>
    </message>
    <message>
        <source>a graph file</source>
        <translation>图谱文件</translation>
    </message>
</context>
<context>
    <name>GraphImporter</name>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>an earlier record</source>
        <translation>前面的记录</translation>
    </message>
    <message>
        <source>unknown concept type &apos;%1&apos; (known: %2)</source>
        <translation>未知的概念类型“%1”（已有：%2）</translation>
    </message>
    <message>
        <source>unknown relation type &apos;%1&apos; (known: %2)</source>
        <translation>未知的关系类型“%1”（已有：%2）</translation>
    </message>
    <message>
        <source>duplicate: the concept &apos;%1&apos; (%2) is already on %3</source>
        <translation>重复：概念“%1”（%2）已在%3出现</translation>
    </message>
    <message>
        <source>duplicate: the id &apos;%1&apos; is used by an earlier concept</source>
        <translation>重复：编号“%1”已被前面的概念使用</translation>
    </message>
    <message>
        <source>ambiguous endpoint: &apos;%1&apos; names %2 concepts of the file; use their ids</source>
        <translation>端点不明确：文件中有 %2 个概念叫“%1”，请使用编号</translation>
    </message>
    <message>
        <source>ambiguous endpoint: &apos;%1&apos; names %2 concepts of the workspace</source>
        <translation>端点不明确：工作区中有 %2 个概念叫“%1”</translation>
    </message>
    <message>
        <source>missing endpoint: no concept &apos;%1&apos;</source>
        <translation>缺少端点：没有概念“%1”</translation>
    </message>
    <message>
        <source>a concept cannot be related to itself (&apos;%1&apos;)</source>
        <translation>概念不能与自身建立关系（“%1”）</translation>
    </message>
    <message>
        <source>duplicate: a %1 relation from &apos;%2&apos; to &apos;%3&apos; is already on %4</source>
        <translation>重复：从“%2”到“%3”的 %1 关系已在%4出现</translation>
    </message>
    <message>
        <source>the name or an alias holds a control character (a NUL, a line break …)</source>
        <translation>名称或别名含有控制字符（NUL、换行等）</translation>
    </message>
    <message>
        <source>the name is longer than %1 characters</source>
        <translation>名称超过 %1 个字符</translation>
    </message>
</context>
<context>
    <name>GraphJson</name>
    <message>
        <source>bad weight: not a number</source>
        <translation>权重错误：不是数字</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>不是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>the file should hold one JSON object with &quot;concepts&quot; and &quot;relations&quot;</source>
        <translation>文件应包含一个带有 &quot;concepts&quot; 和 &quot;relations&quot; 的 JSON 对象</translation>
    </message>
    <message>
        <source>&quot;concepts&quot; should be a list</source>
        <translation>&quot;concepts&quot; 应为列表</translation>
    </message>
    <message>
        <source>a concept should be a JSON object</source>
        <translation>概念应为 JSON 对象</translation>
    </message>
    <message>
        <source>&quot;relations&quot; should be a list</source>
        <translation>&quot;relations&quot; 应为列表</translation>
    </message>
    <message>
        <source>a relation should be a JSON object</source>
        <translation>关系应为 JSON 对象</translation>
    </message>
</context>
<context>
    <name>GraphMl</name>
    <message>
        <source>nested graphs are not supported; their nodes are skipped</source>
        <translation>不支持嵌套图，其中的节点已跳过</translation>
    </message>
    <message>
        <source>hyperedges are not supported</source>
        <translation>不支持超边</translation>
    </message>
    <message>
        <source>not valid XML: %1</source>
        <translation>不是有效的 XML：%1</translation>
    </message>
    <message>
        <source>not a GraphML file (no &lt;graphml&gt; element)</source>
        <translation>不是 GraphML 文件（没有 &lt;graphml&gt; 元素）</translation>
    </message>
    <message>
        <source>the node has no id</source>
        <translation>节点没有 id</translation>
    </message>
    <message>
        <source>node %1 has no name or label</source>
        <translation>节点 %1 没有名称或标签</translation>
    </message>
    <message>
        <source>node %1 (%2) has no type</source>
        <translation>节点 %1（%2）没有类型</translation>
    </message>
    <message>
        <source>missing endpoint: the edge needs a source and a target</source>
        <translation>缺少端点：边需要起点和终点</translation>
    </message>
    <message>
        <source>the edge has no type</source>
        <translation>边没有类型</translation>
    </message>
    <message>
        <source>elements nested deeper than %1 levels</source>
        <translation>元素嵌套超过 %1 层</translation>
    </message>
</context>
<context>
    <name>GraphService</name>
    <message>
        <source>a concept needs a name</source>
        <translation>概念需要名称</translation>
    </message>
    <message>
        <source>the name is longer than 200 characters</source>
        <translation>名称超过 200 个字符</translation>
    </message>
    <message>
        <source>unknown concept type &apos;%1&apos;</source>
        <translation>未知的概念类型“%1”</translation>
    </message>
    <message>
        <source>there is already a %1 named &apos;%2&apos;</source>
        <translation>已有名为“%2”的%1</translation>
    </message>
    <message>
        <source>a relation needs both of its concepts</source>
        <translation>关系的两端概念都必须存在</translation>
    </message>
    <message>
        <source>a concept cannot be related to itself</source>
        <translation>概念不能与自身建立关系</translation>
    </message>
    <message>
        <source>unknown relation type &apos;%1&apos;</source>
        <translation>未知的关系类型“%1”</translation>
    </message>
    <message>
        <source>these two concepts already have a &apos;%1&apos; relation</source>
        <translation>这两个概念之间已有“%1”关系</translation>
    </message>
    <message>
        <source>no such concept (it may have been deleted)</source>
        <translation>没有这个概念（可能已被删除）</translation>
    </message>
    <message>
        <source>the concept is already there</source>
        <translation>该概念已存在</translation>
    </message>
    <message>
        <source>no such relation (it may have been deleted)</source>
        <translation>没有这个关系（可能已被删除）</translation>
    </message>
    <message>
        <source>a type needs a name of 1 to 64 characters</source>
        <translation>类型名称须为 1 至 64 个字符</translation>
    </message>
    <message>
        <source>the type &apos;%1&apos; exists already</source>
        <translation>类型“%1”已存在</translation>
    </message>
    <message>
        <source>the name holds a control character (a NUL, a line break …)</source>
        <translation>名称含有控制字符（NUL、换行等）</translation>
    </message>
</context>
<context>
    <name>GraphTypes</name>
    <message>
        <source>Product feature</source>
        <translation>产品功能</translation>
    </message>
    <message>
        <source>Technical principle</source>
        <translation>技术原理</translation>
    </message>
    <message>
        <source>Application scenario</source>
        <translation>应用场景</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>品牌</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>包含</translation>
    </message>
    <message>
        <source>belongs to</source>
        <translation>属于</translation>
    </message>
    <message>
        <source>affects</source>
        <translation>影响</translation>
    </message>
    <message>
        <source>substitutes</source>
        <translation>替代</translation>
    </message>
</context>
<context>
    <name>GraphValidation</name>
    <message>
        <source>bad weight &apos;%1&apos;: not a number</source>
        <translation>权重“%1”错误：不是数字</translation>
    </message>
    <message>
        <source>bad weight: not a finite number</source>
        <translation>权重错误：不是有限数值</translation>
    </message>
    <message>
        <source>bad weight %1: a relation&apos;s weight lies between 0 and 1</source>
        <translation>权重 %1 错误：关系权重应在 0 到 1 之间</translation>
    </message>
    <message>
        <source>bad weight %1: a concept&apos;s weight cannot be negative</source>
        <translation>权重 %1 错误：概念权重不能为负</translation>
    </message>
    <message>
        <source>the concept has no name</source>
        <translation>概念没有名称</translation>
    </message>
    <message>
        <source>the concept &apos;%1&apos; has no type</source>
        <translation>概念“%1”没有类型</translation>
    </message>
    <message>
        <source>missing endpoint: the relation needs a source and a target</source>
        <translation>缺少端点：关系需要起点和终点</translation>
    </message>
    <message>
        <source>the relation has no type</source>
        <translation>关系没有类型</translation>
    </message>
</context>
<context>
    <name>HfCheckpoint</name>
    <message>
        <source>%1 is not a checkpoint folder (a folder with config.json and model.safetensors)</source>
        <translation>%1 不是检查点文件夹（应包含 config.json 和 model.safetensors）</translation>
    </message>
    <message>
        <source>model configuration</source>
        <translation>模型配置</translation>
    </message>
    <message>
        <source>%1 has no readable config.json: %2</source>
        <translation>%1 没有可读的 config.json：%2</translation>
    </message>
    <message>
        <source>%1 has no config.json</source>
        <translation>%1 缺少 config.json</translation>
    </message>
    <message>
        <source>%1/config.json is not a JSON object (%2)</source>
        <translation>%1/config.json 不是 JSON 对象（%2）</translation>
    </message>
    <message>
        <source>shard index</source>
        <translation>分片索引</translation>
    </message>
    <message>
        <source>%1/%2 has no weight_map</source>
        <translation>%1/%2 没有 weight_map</translation>
    </message>
    <message>
        <source>%1/%2 names the shard &apos;%3&apos;, which is not a file in the folder</source>
        <translation>%1/%2 指向的分片“%3”不是该文件夹中的文件</translation>
    </message>
    <message>
        <source>%1 holds only pytorch_model.bin, a pickled checkpoint that Lingxi does not load (unpickling can run code); convert it to safetensors first (Hugging Face&apos;s convert tool, or save_pretrained(..., safe_serialization=True))</source>
        <translation>%1 只有 pytorch_model.bin，这是 pickle 格式的检查点，灵犀不会加载（反序列化可能执行代码）；请先转换为 safetensors（用 Hugging Face 的转换工具，或 save_pretrained(..., safe_serialization=True)）</translation>
    </message>
    <message>
        <source>%1 has no model.safetensors (nor shards with model.safetensors.index.json)</source>
        <translation>%1 没有 model.safetensors（也没有带 model.safetensors.index.json 的分片）</translation>
    </message>
    <message>
        <source>%1: the shard %2 is missing</source>
        <translation>%1：缺少分片 %2</translation>
    </message>
    <message>
        <source>%1/%2 says tensor &apos;%3&apos; is in %4, but it is not there</source>
        <translation>%1/%2 说张量“%3”在 %4 中，但那里没有</translation>
    </message>
    <message>
        <source>%1 is larger than a workspace model may be (%2)</source>
        <translation>%1 超过了工作区模型的大小上限（%2）</translation>
    </message>
    <message>
        <source>%1 is not a valid checkpoint pack: %2</source>
        <translation>%1 不是有效的检查点包：%2</translation>
    </message>
    <message>
        <source>it does not start with the pack&apos;s signature</source>
        <translation>开头不是检查点包的标识</translation>
    </message>
    <message>
        <source>its header size is wrong</source>
        <translation>头部长度不对</translation>
    </message>
    <message>
        <source>entry &apos;%1&apos; is not a checkpoint file of a valid size</source>
        <translation>条目“%1”不是大小有效的检查点文件</translation>
    </message>
    <message>
        <source>%1 bytes after the last file</source>
        <translation>最后一个文件之后还有 %1 字节</translation>
    </message>
    <message>
        <source>%1/config.json: &apos;%2&apos; is missing or not a positive whole number</source>
        <translation>%1/config.json：“%2”缺失或不是正整数</translation>
    </message>
    <message>
        <source>%1: the weights have no tensor &apos;%2&apos;</source>
        <translation>%1：权重中没有张量“%2”</translation>
    </message>
    <message>
        <source>%1: tensor &apos;%2&apos; has shape %3, config.json implies %4</source>
        <translation>%1：张量“%2”的形状是 %3，而 config.json 要求 %4</translation>
    </message>
    <message>
        <source>%1: tensor &apos;%2&apos; is %3; weights must be F32, F16 or BF16</source>
        <translation>%1：张量“%2”是 %3；权重必须是 F32、F16 或 BF16</translation>
    </message>
</context>
<context>
    <name>InputFile</name>
    <message>
        <source>a directory</source>
        <translation>一个目录</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>一个字符设备</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>一个块设备</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>一个命名管道（FIFO）</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>一个套接字</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>不是普通文件</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n 字节</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot read stdin: %1</source>
        <translation>无法读取标准输入：%1</translation>
    </message>
    <message>
        <source>no file named</source>
        <translation>未指定文件</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>cannot read %1: it is %2, not a regular file</source>
        <translation>无法读取 %1：它是%2，不是普通文件</translation>
    </message>
    <message>
        <source>%1 is larger than %2, the limit for %3</source>
        <translation>%1 超过 %2，这是%3的上限</translation>
    </message>
</context>
<context>
    <name>Layers</name>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>年龄段</translation>
    </message>
    <message>
        <source>City tier</source>
        <translation>城市等级</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <source>Value tier</source>
        <translation>价值分层</translation>
    </message>
    <message>
        <source>Attitude</source>
        <translation>态度</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>WeCom</source>
        <translation>企业微信</translation>
    </message>
    <message>
        <source>Weibo</source>
        <translation>微博</translation>
    </message>
    <message>
        <source>Douyin</source>
        <translation>抖音</translation>
    </message>
    <message>
        <source>Xiaohongshu</source>
        <translation>小红书</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>网页</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation>18 岁以下</translation>
    </message>
    <message>
        <source>18-24</source>
        <translation>18-24 岁</translation>
    </message>
    <message>
        <source>25-34</source>
        <translation>25-34 岁</translation>
    </message>
    <message>
        <source>35-44</source>
        <translation>35-44 岁</translation>
    </message>
    <message>
        <source>45 and over</source>
        <translation>45 岁及以上</translation>
    </message>
    <message>
        <source>Tier 1 (一线)</source>
        <translation>一线</translation>
    </message>
    <message>
        <source>New tier 1 (新一线)</source>
        <translation>新一线</translation>
    </message>
    <message>
        <source>Tier 2-3 (二三线)</source>
        <translation>二三线</translation>
    </message>
    <message>
        <source>Tier 3-4 and below (三四线及以下)</source>
        <translation>三四线及以下</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>White-collar</source>
        <translation>白领</translation>
    </message>
    <message>
        <source>Professional / technical</source>
        <translation>专业技术人员</translation>
    </message>
    <message>
        <source>Business owner</source>
        <translation>企业主/个体经营</translation>
    </message>
    <message>
        <source>Freelancer</source>
        <translation>自由职业</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>High value</source>
        <translation>高价值</translation>
    </message>
    <message>
        <source>High activity</source>
        <translation>高活跃</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>新用户</translation>
    </message>
    <message>
        <source>Mostly positive</source>
        <translation>以正面为主</translation>
    </message>
    <message>
        <source>Mostly neutral</source>
        <translation>以中性为主</translation>
    </message>
    <message>
        <source>Mostly negative</source>
        <translation>以负面为主</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Marketing messages</source>
        <translation>营销信息</translation>
    </message>
    <message>
        <source>Personalised recommendation</source>
        <translation>个性化推荐</translation>
    </message>
    <message>
        <source>Contact by phone</source>
        <translation>电话联系</translation>
    </message>
    <message>
        <source>Sensitive data (separate consent)</source>
        <translation>敏感个人信息（单独同意）</translation>
    </message>
    <message>
        <source>line %1: a row is city,short,province,tier</source>
        <translation>第 %1 行：每行是 城市,简称,省份,等级</translation>
    </message>
    <message>
        <source>line %1: the city is empty</source>
        <translation>第 %1 行：城市为空</translation>
    </message>
    <message>
        <source>line %1: tier &apos;%2&apos; is not one of %3</source>
        <translation>第 %1 行：等级“%2”不在 %3 之中</translation>
    </message>
    <message>
        <source>the table has no cities</source>
        <translation>表中没有城市</translation>
    </message>
</context>
<context>
    <name>LexiconFile</name>
    <message>
        <source>empty line</source>
        <translation>空行</translation>
    </message>
    <message>
        <source>not valid UTF-8</source>
        <translation>不是有效的 UTF-8</translation>
    </message>
    <message>
        <source>there is no lexicon folder %1</source>
        <translation>词库文件夹 %1 不存在</translation>
    </message>
    <message>
        <source>a word list</source>
        <translation>词表</translation>
    </message>
    <message>
        <source>an entry holds a control character (a NUL, a tab, an escape …); no word does</source>
        <translation>有条目含有控制字符（NUL、制表符、转义符等）；词语中不应出现</translation>
    </message>
    <message>
        <source>an entry is longer than %1 characters; no word is</source>
        <translation>有条目超过 %1 个字符；词语不会这么长</translation>
    </message>
</context>
<context>
    <name>LexiconMatcher</name>
    <message>
        <source>the lexicons could not be compiled (entry %1: %2)</source>
        <translation>词库无法编译（词条 %1：%2）</translation>
    </message>
    <message>
        <source>the compiled word lists %1 cannot be read</source>
        <translation>无法读取已编译的词表 %1</translation>
    </message>
</context>
<context>
    <name>LexiconService</name>
    <message>
        <source>a list needs a category name</source>
        <translation>词库需要一个类别名称</translation>
    </message>
    <message>
        <source>a category name has at most %1 characters</source>
        <translation>类别名称最多 %1 个字符</translation>
    </message>
    <message>
        <source>a category name is letters, digits, &apos;_&apos; and &apos;-&apos; only, not &apos;%1&apos;</source>
        <translation>类别名称只能包含字母、数字、“_”和“-”，而不是“%1”</translation>
    </message>
    <message>
        <source>cannot read the workspace&apos;s lexicons: %1</source>
        <translation>无法读取工作区词库：%1</translation>
    </message>
    <message>
        <source>%1 holds no usable word; nothing was changed</source>
        <translation>%1 中没有可用的词，未做任何更改</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the name of an allow-list; pick another name</source>
        <translation>“%1”已是白名单的名称，请另选名称</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the name of a word list; pick another name</source>
        <translation>“%1”已是词库的名称，请另选名称</translation>
    </message>
    <message>
        <source>the workspace has no list &apos;%1&apos; (shipped lists cannot be removed)</source>
        <translation>工作区没有词库“%1”（内置词库不能删除）</translation>
    </message>
</context>
<context>
    <name>LexiconSource</name>
    <message>
        <source>cannot read the word list %1</source>
        <translation>无法读取词表 %1</translation>
    </message>
    <message>
        <source>the word list %1 is larger than %2</source>
        <translation>词表 %1 超过 %2</translation>
    </message>
</context>
<context>
    <name>OperatorService</name>
    <message>
        <source>an operator name has 1 to 64 characters</source>
        <translation>操作员名称须为 1 至 64 个字符</translation>
    </message>
    <message>
        <source>an operator name cannot contain spaces or control characters</source>
        <translation>操作员名称不能包含空格或控制字符</translation>
    </message>
    <message>
        <source>you cannot disable your own account</source>
        <translation>不能停用自己的账户</translation>
    </message>
    <message>
        <source>no such operator</source>
        <translation>没有该操作员</translation>
    </message>
    <message>
        <source>the last active admin cannot be disabled</source>
        <translation>不能停用最后一位在用的管理员</translation>
    </message>
    <message>
        <source>the last active admin must stay an admin</source>
        <translation>最后一位在用的管理员必须保留管理员角色</translation>
    </message>
    <message>
        <source>your account no longer exists</source>
        <translation>您的账户已不存在</translation>
    </message>
    <message>
        <source>the current password is wrong</source>
        <translation>当前密码错误</translation>
    </message>
    <message>
        <source>the new password must differ from the current one</source>
        <translation>新密码不能与当前密码相同</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>no output file named</source>
        <translation>未指定输出文件</translation>
    </message>
    <message>
        <source>a directory</source>
        <translation>一个目录</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>一个字符设备</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>一个块设备</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>一个命名管道（FIFO）</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>一个套接字</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>不是普通文件</translation>
    </message>
    <message>
        <source>will not write %1: it is %2, and writing would replace it; name a file</source>
        <translation>不会写入 %1：它是%2，写入会替换它；请指定一个文件</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>PasswordHasher</name>
    <message>
        <source>the stored password hash is not in a known format</source>
        <translation>保存的密码哈希格式无法识别</translation>
    </message>
    <message>
        <source>the stored password hash has a malformed parameter</source>
        <translation>保存的密码哈希参数有误</translation>
    </message>
    <message>
        <source>a password needs at least %1 characters</source>
        <translation>密码至少需要 %1 个字符</translation>
    </message>
    <message>
        <source>the password must not be the operator&apos;s name</source>
        <translation>密码不能与操作员名称相同</translation>
    </message>
    <message>
        <source>a password cannot be only spaces</source>
        <translation>密码不能只含空格</translation>
    </message>
</context>
<context>
    <name>PointsRules</name>
    <message>
        <source>must be an object</source>
        <translation>必须是一个对象</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>必须是 %1 到 %2 之间的整数</translation>
    </message>
    <message>
        <source>rules: not valid JSON (%1 at character %2)</source>
        <translation>规则：不是有效的 JSON（第 %2 个字符处：%1）</translation>
    </message>
    <message>
        <source>rules: must be a JSON object</source>
        <translation>规则：必须是一个 JSON 对象</translation>
    </message>
    <message>
        <source>timezone: missing (a fixed offset such as &quot;+08:00&quot; or &quot;Z&quot;)</source>
        <translation>timezone：缺失（应为固定时差，如 &quot;+08:00&quot; 或 &quot;Z&quot;）</translation>
    </message>
    <message>
        <source>timezone: &apos;%1&apos; is not a fixed offset such as &quot;+08:00&quot;, &quot;-05:30&quot; or &quot;Z&quot;</source>
        <translation>timezone：“%1”不是固定时差，应类似 &quot;+08:00&quot;、&quot;-05:30&quot; 或 &quot;Z&quot;</translation>
    </message>
    <message>
        <source>checkin.streak_bonus: must be an object such as {&quot;3&quot;: 5, &quot;7&quot;: 20}</source>
        <translation>checkin.streak_bonus：必须是对象，例如 {&quot;3&quot;: 5, &quot;7&quot;: 20}</translation>
    </message>
    <message>
        <source>checkin.streak_bonus: key &apos;%1&apos; is not a streak length (a whole number from 1)</source>
        <translation>checkin.streak_bonus：键“%1”不是连续天数（应为从 1 起的整数）</translation>
    </message>
    <message>
        <source>checkin.streak_bonus.%1: must be a whole number from 0 to %2</source>
        <translation>checkin.streak_bonus.%1：必须是 0 到 %2 之间的整数</translation>
    </message>
    <message>
        <source>levels: must be an array of {&quot;name&quot;, &quot;min&quot;}</source>
        <translation>levels：必须是 {&quot;name&quot;, &quot;min&quot;} 的数组</translation>
    </message>
    <message>
        <source>%1: must be an object {&quot;name&quot;, &quot;min&quot;}</source>
        <translation>%1：必须是对象 {&quot;name&quot;, &quot;min&quot;}</translation>
    </message>
    <message>
        <source>%1.name: must be a non-empty string</source>
        <translation>%1.name：必须是非空字符串</translation>
    </message>
    <message>
        <source>%1.min: must be a whole number from 0</source>
        <translation>%1.min：必须是从 0 起的整数</translation>
    </message>
    <message>
        <source>leaderboard.period: must be &quot;week&quot; or &quot;month&quot;</source>
        <translation>leaderboard.period：必须是 &quot;week&quot; 或 &quot;month&quot;</translation>
    </message>
</context>
<context>
    <name>ProfileImporter</name>
    <message>
        <source>cannot write the reject report %1: %2</source>
        <translation>无法写入拒收报告 %1：%2</translation>
    </message>
    <message>
        <source>the import stopped after %1 record(s): %2</source>
        <translation>导入在第 %1 条记录后停止：%2</translation>
    </message>
</context>
<context>
    <name>ProfileService</name>
    <message>
        <source>a user is PLATFORM:PLATFORM_USER_ID, e.g. wechat:wx_1024, not &apos;%1&apos;</source>
        <translation>用户的写法是 平台:平台用户ID，例如 wechat:wx_1024，而不是“%1”</translation>
    </message>
    <message>
        <source>platform &apos;%1&apos; is not one of %2</source>
        <translation>平台“%1”不在 %2 之中</translation>
    </message>
    <message>
        <source>no profile %1:%2 in this workspace</source>
        <translation>本工作区没有用户 %1:%2</translation>
    </message>
    <message>
        <source>cannot read the profile of %1:%2</source>
        <translation>无法读取用户 %1:%2 的画像</translation>
    </message>
    <message>
        <source>born %1, so %2 in %3</source>
        <translation>%1 年出生，%3 年 %2 岁</translation>
    </message>
    <message>
        <source>no birth year or age in the data</source>
        <translation>数据中没有出生年份或年龄</translation>
    </message>
    <message>
        <source>no city in the data</source>
        <translation>数据中没有城市</translation>
    </message>
    <message>
        <source>%1 is not in the city table</source>
        <translation>%1 不在城市等级表中</translation>
    </message>
    <message>
        <source>%1 is %2 in the city table</source>
        <translation>城市等级表中 %1 属于%2</translation>
    </message>
    <message>
        <source>no occupation in the data</source>
        <translation>数据中没有职业</translation>
    </message>
    <message>
        <source>&apos;%1&apos; matches no occupation keyword</source>
        <translation>“%1”不含任何职业关键词</translation>
    </message>
    <message>
        <source>&apos;%1&apos; contains &apos;%2&apos;</source>
        <translation>“%1”含有“%2”</translation>
    </message>
    <message>
        <source>none of the value rules applies</source>
        <translation>不符合任何价值规则</translation>
    </message>
    <message>
        <source>no consent to profiling: not ranked</source>
        <translation>未同意用户画像：不分层</translation>
    </message>
    <message>
        <source>no rated messages yet</source>
        <translation>尚无已判定情感的消息</translation>
    </message>
    <message>
        <source>no profile number %1</source>
        <translation>没有编号为 %1 的用户</translation>
    </message>
    <message>
        <source>unknown dimension &apos;%1&apos;</source>
        <translation>未知维度“%1”</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an event type (%2)</source>
        <translation>“%1”不是事件类型（%2）</translation>
    </message>
    <message>
        <source>a funnel needs two steps or more</source>
        <translation>漏斗至少需要两步</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>营销</translation>
    </message>
    <message>
        <source>Content consumption</source>
        <translation>内容消费</translation>
    </message>
    <message>
        <source>Video consumption</source>
        <translation>视频消费</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>功能</translation>
    </message>
    <message>
        <source>the funnel&apos;s window ends before it starts</source>
        <translation>漏斗的时间范围结束早于开始</translation>
    </message>
    <message>
        <source>the conversion window must be positive</source>
        <translation>转化窗口必须大于零</translation>
    </message>
    <message>
        <source>purpose &apos;%1&apos; is not one of %2</source>
        <translation>用途“%1”不在 %2 之中</translation>
    </message>
    <message>
        <source>the retention period is 1 to 36,500 days</source>
        <translation>保存期限为 1 至 36,500 天</translation>
    </message>
    <message>
        <source>the records are stored, but their tags could not be updated: %1</source>
        <translation>记录已保存，但无法更新其标签：%1</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>the rules are one JSON object, as `profiles rules --export` writes them</source>
        <translation>规则是一个 JSON 对象，格式与 `profiles rules --export` 导出的相同</translation>
    </message>
    <message>
        <source>the rules need interests, positive counts and days, and shares between 0 and 1</source>
        <translation>规则需要兴趣定义、正的次数和天数，以及 0 到 1 之间的比例</translation>
    </message>
    <message>
        <source>agents see a profile only while they hold a conversation with that user</source>
        <translation>坐席只能在接管该用户的会话时查看其画像</translation>
    </message>
</context>
<context>
    <name>ProfileTagger</name>
    <message>
        <source>High-frequency buyer</source>
        <translation>高频购买</translation>
    </message>
    <message>
        <source>Impulse buyer</source>
        <translation>冲动消费</translation>
    </message>
    <message>
        <source>Brand-loyal</source>
        <translation>品牌忠诚</translation>
    </message>
    <message>
        <source>Price-sensitive</source>
        <translation>价格敏感</translation>
    </message>
    <message>
        <source>Potential influencer</source>
        <translation>潜在 KOL</translation>
    </message>
    <message>
        <source>Core fan</source>
        <translation>核心粉丝</translation>
    </message>
    <message>
        <source>Ordinary fan</source>
        <translation>普通粉丝</translation>
    </message>
    <message>
        <source>of %1 message(s): %2 positive, %3 neutral, %4 negative</source>
        <translation>%1 条消息中：正面 %2，中性 %3，负面 %4</translation>
    </message>
    <message>
        <source>%1 engagements in %2 days with content tagged %3 (rule: at least %4)</source>
        <translation>%2 天内与标签为 %3 的内容互动 %1 次（规则：至少 %4 次）</translation>
    </message>
    <message>
        <source>%1 purchases in %2 days (rule: at least %3)</source>
        <translation>%2 天内购买 %1 次（规则：至少 %3 次）</translation>
    </message>
    <message>
        <source>%1 of %2 purchases within %3 minutes of first seeing the item (rule: at least %4 %)</source>
        <translation>%2 次购买中有 %1 次在首次看到商品后 %3 分钟内下单（规则：至少 %4 %）</translation>
    </message>
    <message>
        <source>%1 of %2 purchases with a coupon (rule: at least %3 %)</source>
        <translation>%2 次购买中有 %1 次使用优惠券（规则：至少 %3 %）</translation>
    </message>
    <message>
        <source>%1 of %2 branded purchases from %3 (rule: at least %4 %)</source>
        <translation>%2 次品牌购买中有 %1 次来自 %3（规则：至少 %4 %）</translation>
    </message>
    <message>
        <source>%1 followers (rule: at least %2)</source>
        <translation>粉丝 %1（规则：至少 %2）</translation>
    </message>
    <message>
        <source>%1 followers and %2 shares in %3 days (rule: %4 followers and %5 shares)</source>
        <translation>粉丝 %1，%3 天内分享 %2 次（规则：粉丝 %4 且分享 %5 次）</translation>
    </message>
    <message>
        <source>%1 likes, comments, shares or favourites in %2 days (rule: at least %3)</source>
        <translation>%2 天内点赞、评论、分享或收藏 %1 次（规则：至少 %3 次）</translation>
    </message>
    <message>
        <source>%1 likes, comments, shares or favourites in %2 days</source>
        <translation>%2 天内点赞、评论、分享或收藏 %1 次</translation>
    </message>
    <message>
        <source>VIP customer</source>
        <translation>VIP 客户</translation>
    </message>
    <message>
        <source>spent %1 in %2 days (rule: at least %3)</source>
        <translation>%2 天内消费 %1（规则：至少 %3）</translation>
    </message>
    <message>
        <source>%1 events in %2 days (rule: at least %3)</source>
        <translation>%2 天内 %1 个行为事件（规则：至少 %3 个）</translation>
    </message>
    <message>
        <source>first seen %1 day(s) ago (rule: at most %2)</source>
        <translation>%1 天前首次出现（规则：不超过 %2 天）</translation>
    </message>
</context>
<context>
    <name>Pseudonymizer</name>
    <message>
        <source>the key that protects this workspace&apos;s pseudonyms is not on this machine (expected at %1); copy it from the machine that created the workspace</source>
        <translation>保护本工作区假名的密钥不在这台电脑上（应位于 %1）；请从创建工作区的电脑复制过来</translation>
    </message>
    <message>
        <source>the key file %1 does not belong to this workspace</source>
        <translation>密钥文件 %1 不属于本工作区</translation>
    </message>
    <message>
        <source>no secure random numbers for the workspace key</source>
        <translation>无法为工作区密钥取得安全随机数</translation>
    </message>
    <message>
        <source>cannot write the workspace key to %1: %2</source>
        <translation>无法把工作区密钥写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>QualityGate</name>
    <message>
        <source>%1 characters; %2 expects %3 to %4</source>
        <translation>%1 个字符；%2 要求 %3 至 %4 个</translation>
    </message>
    <message>
        <source>industry terms cover %1 % of the text; %2 content allows %3 %</source>
        <translation>行业术语占文本的 %1 %；%2 类内容上限为 %3 %</translation>
    </message>
    <message>
        <source>“%1” (%2) at %3: %4</source>
        <translation>“%1”（%2）位于 %3：%4</translation>
    </message>
    <message>
        <source>no value for the variable {%1}</source>
        <translation>变量 {%1} 没有取值</translation>
    </message>
    <message>
        <source>WeChat Moments</source>
        <translation>微信朋友圈</translation>
    </message>
    <message>
        <source>Weibo</source>
        <translation>微博</translation>
    </message>
    <message>
        <source>Xiaohongshu</source>
        <translation>小红书</translation>
    </message>
    <message>
        <source>a chat reply</source>
        <translation>聊天回复</translation>
    </message>
    <message>
        <source>technical</source>
        <translation>技术类</translation>
    </message>
    <message>
        <source>marketing</source>
        <translation>营销类</translation>
    </message>
    <message>
        <source>news</source>
        <translation>资讯类</translation>
    </message>
    <message>
        <source>reply</source>
        <translation>回复</translation>
    </message>
</context>
<context>
    <name>Qwen2Decoder</name>
    <message>
        <source>%1 is a &apos;%2&apos; model; the decoder reads Qwen2-family checkpoints (model_type qwen2)</source>
        <translation>%1 是“%2”模型；解码器读取 Qwen2 系列检查点（model_type qwen2）</translation>
    </message>
    <message>
        <source>%1/config.json: the activation &apos;%2&apos; is not supported (silu is)</source>
        <translation>%1/config.json：不支持激活函数“%2”（支持 silu）</translation>
    </message>
    <message>
        <source>%1/config.json: %2 attention heads do not divide into %3 key/value heads of an even size</source>
        <translation>%1/config.json：%2 个注意力头不能均分为 %3 个偶数维度的键/值头</translation>
    </message>
    <message>
        <source>%1/config.json: rope_scaling &apos;%2&apos; is not supported</source>
        <translation>%1/config.json：不支持 rope_scaling“%2”</translation>
    </message>
    <message>
        <source>%1 has no tokenizer.json</source>
        <translation>%1 缺少 tokenizer.json</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>%1: the tokenizer has %2 ids but the model only %3 (vocab_size)</source>
        <translation>%1：分词器有 %2 个编号，但模型只有 %3 个（vocab_size）</translation>
    </message>
    <message>
        <source>%1: the weights have no lm_head.weight and config.json does not tie it to the embeddings</source>
        <translation>%1：权重中没有 lm_head.weight，config.json 也未将其与词嵌入绑定</translation>
    </message>
    <message>
        <source>the prompt has no tokens</source>
        <translation>提示词没有任何词元</translation>
    </message>
    <message>
        <source>token id %1 is outside the vocabulary</source>
        <translation>词元编号 %1 超出词表范围</translation>
    </message>
    <message>
        <source>sampling needs a positive temperature, top-p in (0, 1] and a positive repetition penalty</source>
        <translation>采样需要正的温度、(0, 1] 内的 top-p 和正的重复惩罚</translation>
    </message>
</context>
<context>
    <name>RecordReader</name>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (jsonl, csv or xml)</source>
        <translation>未知格式“%1”（jsonl、csv 或 xml）</translation>
    </message>
    <message>
        <source>%1: the header cannot be read: %2</source>
        <translation>%1：无法读取表头：%2</translation>
    </message>
    <message>
        <source>%1 is empty: a CSV file needs a header row</source>
        <translation>%1 是空的：CSV 文件需要表头行</translation>
    </message>
    <message>
        <source>%1: the header has no platform_user_id column</source>
        <translation>%1：表头没有 platform_user_id 列</translation>
    </message>
    <message>
        <source>%1 is not an XML file: %2 (line %3)</source>
        <translation>%1 不是 XML 文件：%2（第 %3 行）</translation>
    </message>
    <message>
        <source>no root element</source>
        <translation>没有根元素</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) more than the header has</source>
        <translation>
            <numerusform>比表头多 %n 个字段</numerusform>
        </translation>
    </message>
    <message>
        <source>not valid JSON: %1 at character %2</source>
        <translation>不是有效的 JSON：第 %2 个字符处%1</translation>
    </message>
    <message>
        <source>a line must hold one JSON object</source>
        <translation>每行必须是一个 JSON 对象</translation>
    </message>
    <message>
        <source>XML error: %1</source>
        <translation>XML 错误：%1</translation>
    </message>
    <message>
        <source>XML error: %1; the rest of the file cannot be read</source>
        <translation>XML 错误：%1；文件其余部分无法读取</translation>
    </message>
    <message>
        <source>the line is longer than %1</source>
        <translation>该行超过 %1</translation>
    </message>
    <message>
        <source>elements nested deeper than %1 levels</source>
        <translation>元素嵌套超过 %1 层</translation>
    </message>
    <message>
        <source>the record is larger than %1</source>
        <translation>该记录超过 %1</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <source>platform is missing</source>
        <translation>缺少 platform</translation>
    </message>
    <message>
        <source>platform_user_id is missing</source>
        <translation>缺少 platform_user_id</translation>
    </message>
    <message numerus="yes">
        <source>phone has %n digit(s); a phone number has 5 to 15</source>
        <translation>
            <numerusform>phone 有 %n 位数字；电话号码应为 5 至 15 位</numerusform>
        </translation>
    </message>
    <message>
        <source>phone is not a mainland mobile number (1[3-9]…)</source>
        <translation>phone 不是中国大陆手机号（1[3-9]…）</translation>
    </message>
    <message>
        <source>id_card is not a valid ID-card number (length or check digit)</source>
        <translation>id_card 不是有效的身份证号（长度或校验位不对）</translation>
    </message>
    <message>
        <source>consents is not a JSON list of {purpose, granted, time, source}</source>
        <translation>consents 不是 {purpose, granted, time, source} 的 JSON 列表</translation>
    </message>
    <message>
        <source>consent %1: granted must be true or false</source>
        <translation>第 %1 条同意：granted 必须是 true 或 false</translation>
    </message>
    <message>
        <source>time is missing</source>
        <translation>缺少 time</translation>
    </message>
    <message>
        <source>type is missing</source>
        <translation>缺少 type</translation>
    </message>
    <message>
        <source>impression</source>
        <translation>曝光</translation>
    </message>
    <message>
        <source>click</source>
        <translation>点击</translation>
    </message>
    <message>
        <source>conversion</source>
        <translation>转化</translation>
    </message>
    <message>
        <source>like</source>
        <translation>点赞</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>评论</translation>
    </message>
    <message>
        <source>share</source>
        <translation>分享</translation>
    </message>
    <message>
        <source>favourite</source>
        <translation>收藏</translation>
    </message>
    <message>
        <source>view</source>
        <translation>浏览</translation>
    </message>
    <message>
        <source>add to cart</source>
        <translation>加购</translation>
    </message>
    <message>
        <source>purchase</source>
        <translation>购买</translation>
    </message>
    <message>
        <source>register</source>
        <translation>注册</translation>
    </message>
    <message>
        <source>review</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>read to the end</source>
        <translation>读完</translation>
    </message>
    <message>
        <source>watched to the end</source>
        <translation>看完视频</translation>
    </message>
    <message>
        <source>sign-up</source>
        <translation>报名</translation>
    </message>
    <message>
        <source>take part</source>
        <translation>参与</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters</source>
        <translation>%1 超过 %2 个字符</translation>
    </message>
    <message>
        <source>platform is not one of %1</source>
        <translation>platform 不属于 %1</translation>
    </message>
    <message>
        <source>platform_user_id is longer than %1 characters</source>
        <translation>platform_user_id 超过 %1 个字符</translation>
    </message>
    <message>
        <source>platform_user_id holds a control character (a NUL, a line break …)</source>
        <translation>platform_user_id 含有控制字符（NUL、换行等）</translation>
    </message>
    <message>
        <source>phone holds a character that is not a digit</source>
        <translation>phone 含有非数字字符</translation>
    </message>
    <message>
        <source>gender is not male, female or unknown</source>
        <translation>gender 不是 male、female 或 unknown</translation>
    </message>
    <message>
        <source>birth_year is not a year between 1900 and %1</source>
        <translation>birth_year 不是 1900 至 %1 之间的年份</translation>
    </message>
    <message>
        <source>age is not a whole number from 0 to 120</source>
        <translation>age 不是 0 至 120 的整数</translation>
    </message>
    <message>
        <source>followers is not a whole number of zero or more</source>
        <translation>followers 不是大于等于零的整数</translation>
    </message>
    <message>
        <source>vip is not true or false</source>
        <translation>vip 不是 true 或 false</translation>
    </message>
    <message>
        <source>first_seen is not an ISO-8601 date or time</source>
        <translation>first_seen 不是 ISO-8601 日期或时间</translation>
    </message>
    <message>
        <source>last_seen is not an ISO-8601 date or time</source>
        <translation>last_seen 不是 ISO-8601 日期或时间</translation>
    </message>
    <message>
        <source>consent %1: purpose is not marketing, profiling, contact or sensitive</source>
        <translation>第 %1 项同意：purpose 不是 marketing、profiling、contact 或 sensitive</translation>
    </message>
    <message>
        <source>consent %1: time is not an ISO-8601 date or time</source>
        <translation>第 %1 项同意：time 不是 ISO-8601 日期或时间</translation>
    </message>
    <message>
        <source>time is not an ISO-8601 date or time</source>
        <translation>time 不是 ISO-8601 日期或时间</translation>
    </message>
    <message>
        <source>type is not a known event type</source>
        <translation>type 不是已知的事件类型</translation>
    </message>
    <message>
        <source>amount is not a number of zero or more</source>
        <translation>amount 不是大于等于零的数</translation>
    </message>
    <message>
        <source>coupon is not true or false</source>
        <translation>coupon 不是 true 或 false</translation>
    </message>
    <message>
        <source>sentiment is not positive, neutral or negative</source>
        <translation>sentiment 不是 positive、neutral 或 negative</translation>
    </message>
</context>
<context>
    <name>ReplyAssistant</name>
    <message>
        <source>Reply suggestions, summaries and drafts need a Qwen2-family model: download a checkpoint folder once (for example Qwen2.5-0.5B-Instruct, with model.safetensors and tokenizer.json) and choose it in Settings ▸ Reply model.</source>
        <translation>回复建议、会话摘要和文案草稿需要一个 Qwen2 系列模型：先下载一次检查点文件夹（例如 Qwen2.5-0.5B-Instruct，含 model.safetensors 和 tokenizer.json），再在“设置 ▸ 回复模型”中选择它。</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>ReviewLog</name>
    <message>
        <source>the header has no &apos;%1&apos; column (it needs date,predicted,reviewed)</source>
        <translation>表头缺少“%1”列（需要 date,predicted,reviewed）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation>“%1”不是日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>a review needs the predicted and the reviewed label</source>
        <translation>审核记录需要模型标签和审核标签</translation>
    </message>
</context>
<context>
    <name>ReviewService</name>
    <message>
        <source>review settings: sample_size 0 to 100000, threshold above 0 up to 1, 1 &lt;= m &lt;= n, min_reviews at least 1</source>
        <translation>复核设置：sample_size 为 0 到 100000，threshold 大于 0 且不超过 1，1 &lt;= m &lt;= n，min_reviews 至少为 1</translation>
    </message>
    <message>
        <source>a label is positive, neutral or negative</source>
        <translation>标签应为 positive、neutral 或 negative</translation>
    </message>
    <message>
        <source>message %1 is not waiting for review</source>
        <translation>消息 %1 不在待复核队列中</translation>
    </message>
</context>
<context>
    <name>SafetensorsFile</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a safetensors file: %2 bytes, shorter than its 8-byte header size</source>
        <translation>%1 不是 safetensors 文件：只有 %2 字节，短于 8 字节的头部长度字段</translation>
    </message>
    <message>
        <source>cannot map %1: %2</source>
        <translation>无法映射 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a valid safetensors file: %2</source>
        <translation>%1 不是有效的 safetensors 文件：%2</translation>
    </message>
    <message>
        <source>its header claims %1 bytes, over the limit of %2</source>
        <translation>头部声称有 %1 字节，超过上限 %2</translation>
    </message>
    <message>
        <source>its header claims %1 bytes but the file has only %2 after the size</source>
        <translation>头部声称有 %1 字节，但长度字段之后只有 %2 字节</translation>
    </message>
    <message>
        <source>its header is not JSON (%1 at byte %2)</source>
        <translation>头部不是 JSON（第 %2 字节：%1）</translation>
    </message>
    <message>
        <source>its header is not a JSON object</source>
        <translation>头部不是 JSON 对象</translation>
    </message>
    <message>
        <source>__metadata__ is not an object</source>
        <translation>__metadata__ 不是对象</translation>
    </message>
    <message>
        <source>metadata &apos;%1&apos; is not a string</source>
        <translation>元数据“%1”不是字符串</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; is not described by an object</source>
        <translation>张量“%1”的描述不是对象</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; has the unknown dtype &apos;%2&apos; (F32, F16 and BF16 are read)</source>
        <translation>张量“%1”的数据类型“%2”未知（可读取 F32、F16 和 BF16）</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; lacks a shape or its two data_offsets</source>
        <translation>张量“%1”缺少形状或两个 data_offsets</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; has %2 dimensions</source>
        <translation>张量“%1”有 %2 维</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; has a dimension that is not a whole number</source>
        <translation>张量“%1”有一维不是整数</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; is too large</source>
        <translation>张量“%1”太大</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; has offsets that are not whole numbers</source>
        <translation>张量“%1”的偏移不是整数</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; ends before it begins</source>
        <translation>张量“%1”的结束位置在开始之前</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; lies past the end of the file (offset %2, %3 data bytes)</source>
        <translation>张量“%1”超出了文件末尾（偏移 %2，数据共 %3 字节）</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; has %2 bytes, its shape and dtype need %3</source>
        <translation>张量“%1”有 %2 字节，其形状和数据类型需要 %3 字节</translation>
    </message>
    <message>
        <source>the data has a gap before tensor &apos;%1&apos;</source>
        <translation>张量“%1”之前的数据有空隙</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; overlaps another</source>
        <translation>张量“%1”与其他张量重叠</translation>
    </message>
    <message>
        <source>%1 bytes after the last tensor are not described by the header</source>
        <translation>最后一个张量之后有 %1 字节未在头部中描述</translation>
    </message>
</context>
<context>
    <name>Segment</name>
    <message>
        <source>&apos;%1&apos; is not field=value</source>
        <translation>“%1”不是 字段=值 的形式</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no value</source>
        <translation>“%1”没有值</translation>
    </message>
    <message>
        <source>consent &apos;%1&apos; is not one of %2</source>
        <translation>consent“%1”不在 %2 之中</translation>
    </message>
    <message>
        <source>%1 is true or false, not &apos;%2&apos;</source>
        <translation>%1 取 true 或 false，而不是“%2”</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos; (fields: %2)</source>
        <translation>未知字段“%1”（可用字段：%2）</translation>
    </message>
    <message>
        <source>%1 has no value &apos;%2&apos; (values: %3)</source>
        <translation>%1 没有取值“%2”（可取值：%3）</translation>
    </message>
</context>
<context>
    <name>StoreWriter</name>
    <message>
        <source>the workspace is closed</source>
        <translation>工作区已关闭</translation>
    </message>
    <message>
        <source>the workspace is busy or read-only: </source>
        <translation>工作区正忙或为只读：</translation>
    </message>
    <message>
        <source>the workspace could not commit: </source>
        <translation>工作区无法提交：</translation>
    </message>
    <message>
        <source>the workspace could not roll back: </source>
        <translation>工作区无法回滚：</translation>
    </message>
</context>
<context>
    <name>TemplateMatcher</name>
    <message>
        <source>high-value users</source>
        <translation>高价值用户</translation>
    </message>
    <message>
        <source>highly active users</source>
        <translation>高活跃用户</translation>
    </message>
    <message>
        <source>new users</source>
        <translation>新用户</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>所有用户</translation>
    </message>
    <message>
        <source>chosen because it is written for everyone and the user is in no special segment</source>
        <translation>选择原因：该模板面向所有用户，且该用户不属于特定分层</translation>
    </message>
    <message>
        <source>chosen because no template for %1 fits this scene; it is written for everyone</source>
        <translation>选择原因：此场景没有面向%1的模板；该模板面向所有用户</translation>
    </message>
    <message>
        <source>chosen because the user is among %1 and the template is written for them</source>
        <translation>选择原因：该用户属于%1，模板正是为其编写</translation>
    </message>
    <message>
        <source>; shared tags: %1</source>
        <translation>；共同标签：%1</translation>
    </message>
    <message>
        <source>; tied with %1, taken by id order</source>
        <translation>；与 %1 并列，按编号顺序选定</translation>
    </message>
    <message>
        <source>; ahead of %1, which shares fewer tags</source>
        <translation>；优先于共同标签更少的 %1</translation>
    </message>
</context>
<context>
    <name>TemplateRenderer</name>
    <message>
        <source>the brace at %1 is never closed (write {{ for a literal brace)</source>
        <translation>位置 %1 的花括号没有闭合（字面花括号请写作 {{）</translation>
    </message>
    <message>
        <source>“{%1}” at %2 is not a variable name</source>
        <translation>位置 %2 的“{%1}”不是有效的变量名</translation>
    </message>
    <message>
        <source>a lone “}” at %1 (write }} for a literal brace)</source>
        <translation>位置 %1 有单独的“}”（字面花括号请写作 }}）</translation>
    </message>
    <message>
        <source>no value for %1</source>
        <translation>缺少取值：%1</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is an empty file, not a Lingxi workspace</source>
        <translation>%1 是空文件，不是灵犀工作区</translation>
    </message>
    <message>
        <source>%1 is not a Lingxi workspace: it is not an SQLite database (damaged or another kind of file)</source>
        <translation>%1 不是灵犀工作区：它不是 SQLite 数据库（已损坏或是其他类型的文件）</translation>
    </message>
    <message>
        <source>%1 is damaged: its header gives an impossible page size</source>
        <translation>%1 已损坏：文件头中的页大小无效</translation>
    </message>
    <message>
        <source>%1 is truncated or damaged: its size is not a whole number of pages</source>
        <translation>%1 被截断或已损坏：文件大小不是整页数</translation>
    </message>
    <message>
        <source>%1 is truncated: it holds %2 bytes where its header records %3</source>
        <translation>%1 被截断：实际 %2 字节，文件头记录为 %3 字节</translation>
    </message>
    <message>
        <source>%1 is read-only: Lingxi needs to write to its workspace. Copy it or change its permissions.</source>
        <translation>%1 为只读：灵犀需要写入工作区。请复制该文件或修改其权限。</translation>
    </message>
    <message>
        <source>the folder %1 is read-only: SQLite keeps its write-ahead log beside the workspace</source>
        <translation>文件夹 %1 为只读：SQLite 需要在工作区旁写入预写日志</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read (%2)</source>
        <translation>%1 已损坏，无法读取（%2）</translation>
    </message>
    <message>
        <source>%1 is a folder, not a workspace file</source>
        <translation>%1 是文件夹，不是工作区文件</translation>
    </message>
    <message>
        <source>%1 is not a Lingxi workspace: it is another program&apos;s SQLite database</source>
        <translation>%1 不是灵犀工作区：它是其他程序的 SQLite 数据库</translation>
    </message>
    <message>
        <source>%1 was written by a newer Lingxi (schema %2; this version knows up to %3). Update Lingxi to open it; the file was not changed.</source>
        <translation>%1 由更新版本的灵犀写入（架构版本 %2；本版本最高支持 %3）。请升级灵犀后再打开；文件未被改动。</translation>
    </message>
    <message>
        <source>there is no workspace at %1</source>
        <translation>%1 处没有工作区</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>cannot switch %1 to write-ahead logging</source>
        <translation>无法将 %1 切换为预写日志模式</translation>
    </message>
    <message>
        <source>schema step %1 is missing</source>
        <translation>缺少架构升级步骤 %1</translation>
    </message>
    <message>
        <source>upgrading %1 to schema %2 (%3) failed: %4. The workspace was left as it was.</source>
        <translation>将 %1 升级到架构版本 %2（%3）失败：%4。工作区保持原样。</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file for the backup</source>
        <translation>%1 已存在；请为备份选择一个新文件</translation>
    </message>
    <message>
        <source>the backup cannot replace the workspace itself</source>
        <translation>备份不能覆盖工作区本身</translation>
    </message>
    <message>
        <source>the workspace connection is not available for backup</source>
        <translation>工作区连接不可用，无法备份</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <source>backup failed: </source>
        <translation>备份失败：</translation>
    </message>
    <message>
        <source>backup cancelled</source>
        <translation>备份已取消</translation>
    </message>
    <message>
        <source>cannot move the backup into place at %1</source>
        <translation>无法将备份移动到 %1</translation>
    </message>
    <message>
        <source>%1 is not a regular file, not a workspace</source>
        <translation>%1 不是普通文件，不是工作区</translation>
    </message>
</context>
<context>
    <name>lx::inference</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>not a Lingxi sentiment model</source>
        <translation>不是灵犀情感模型文件</translation>
    </message>
    <message>
        <source>a sentiment model in a format this version does not know</source>
        <translation>此版本不认识该情感模型的格式</translation>
    </message>
    <message>
        <source>the model file is truncated</source>
        <translation>模型文件不完整（被截断）</translation>
    </message>
    <message>
        <source>the model file is damaged or truncated (checksum mismatch)</source>
        <translation>模型文件已损坏或被截断（校验和不符）</translation>
    </message>
    <message>
        <source>the model file is damaged (header length)</source>
        <translation>模型文件已损坏（文件头长度）</translation>
    </message>
    <message>
        <source>the model file&apos;s header is damaged: %1</source>
        <translation>模型文件头已损坏：%1</translation>
    </message>
    <message>
        <source>the model was written by a newer Lingxi (format %1, this one reads up to %2)</source>
        <translation>该模型由更新版本的灵犀写入（格式 %1，本版本最多读取 %2）</translation>
    </message>
    <message>
        <source>the model file&apos;s header has no format version</source>
        <translation>模型文件头缺少格式版本</translation>
    </message>
    <message>
        <source>the model file&apos;s header names %1 labels (2 or 3 expected)</source>
        <translation>模型文件头列出 %1 个标签（应为 2 或 3 个）</translation>
    </message>
    <message>
        <source>the model file is damaged (vocabulary)</source>
        <translation>模型文件已损坏（词表）</translation>
    </message>
    <message>
        <source>the model file is damaged (tensor %1)</source>
        <translation>模型文件已损坏（张量 %1）</translation>
    </message>
    <message>
        <source>the model file is damaged (unexpected trailing data)</source>
        <translation>模型文件已损坏（末尾有多余数据）</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is empty: a header with the columns label and text is needed</source>
        <translation>%1 为空：需要包含 label 和 text 列的表头</translation>
    </message>
    <message>
        <source>line %1: the header needs the columns label and text</source>
        <translation>第 %1 行：表头需要 label 和 text 两列</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>line %1: unknown label &quot;%2&quot; (positive, neutral, negative, 1 or 0), skipped</source>
        <translation>第 %1 行：未知标签“%2”（应为 positive、neutral、negative、1 或 0），已跳过</translation>
    </message>
    <message>
        <source>line %1: the model has no label %2, skipped</source>
        <translation>第 %1 行：模型没有标签 %2，已跳过</translation>
    </message>
    <message>
        <source>line %1: empty text, skipped</source>
        <translation>第 %1 行：文本为空，已跳过</translation>
    </message>
    <message>
        <source>%1 has no usable row (%2 skipped)</source>
        <translation>%1 没有可用的行（跳过 %2 行）</translation>
    </message>
    <message>
        <source>The sentiment service stopped</source>
        <translation>情感服务已停止</translation>
    </message>
    <message>
        <source>No sentiment model is active: train one in Models and activate it</source>
        <translation>没有启用的情感模型：请在“情感模型”中训练并启用一个</translation>
    </message>
    <message>
        <source>folds must be between 2 and 20 (5 to 10 is usual)</source>
        <translation>折数须在 2 到 20 之间（通常为 5 到 10）</translation>
    </message>
    <message>
        <source>the training data holds one label only (%1): two or three are needed</source>
        <translation>训练数据只有一种标签（%1）：需要两种或三种</translation>
    </message>
    <message>
        <source>label %1 has %2 rows, fewer than the %3 folds</source>
        <translation>标签 %1 只有 %2 行，少于 %3 折</translation>
    </message>
    <message>
        <source>Training cancelled; nothing was saved.</source>
        <translation>训练已取消，未保存任何内容。</translation>
    </message>
    <message>
        <source>line %1: not UTF-8, skipped</source>
        <translation>第 %1 行：不是 UTF-8，已跳过</translation>
    </message>
    <message>
        <source>a model file</source>
        <translation>模型文件</translation>
    </message>
    <message>
        <source>line %1: longer than a term can be, skipped</source>
        <translation>第 %1 行：超过术语的最大长度，已跳过</translation>
    </message>
    <message>
        <source>line %1: not a term (too long or a control character), skipped</source>
        <translation>第 %1 行：不是术语（过长或含控制字符），已跳过</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has a space; a term is one token</source>
        <translation>“%1”含空格；一个术语只能是一个词元</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already in the vocabulary</source>
        <translation>“%1”已在词表中</translation>
    </message>
</context>
<context>
    <name>lx::inference::ModelRegistry</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>A model needs a name</source>
        <translation>模型需要一个名称</translation>
    </message>
    <message>
        <source>model %1: %2</source>
        <translation>模型 %1：%2</translation>
    </message>
    <message>
        <source>the workspace has no active sentiment model: train one and activate it (sentiment register / activate)</source>
        <translation>工作区没有启用的情感模型：请训练并启用一个（sentiment register / activate）</translation>
    </message>
    <message>
        <source>a model file</source>
        <translation>模型文件</translation>
    </message>
    <message>
        <source>%1 has no classification head: fine-tune it first (encoder finetune)</source>
        <translation>%1 没有分类头：请先微调（encoder finetune）</translation>
    </message>
    <message>
        <source>%1: the labels %2 are not sentiment labels (positive, neutral, negative)</source>
        <translation>%1：标签 %2 不是情感标签（正面、中性、负面）</translation>
    </message>
    <message>
        <source>model %1</source>
        <translation>模型 %1</translation>
    </message>
</context>
<context>
    <name>lx::inference::SentimentClassifier</name>
    <message>
        <source>the model&apos;s architecture &quot;%1&quot; is not one this version runs</source>
        <translation>此版本无法运行结构为“%1”的模型</translation>
    </message>
    <message>
        <source>the model file&apos;s weights do not fit its architecture</source>
        <translation>模型文件的权重与其结构不符</translation>
    </message>
    <message>
        <source>the model file names an unknown label &quot;%1&quot;</source>
        <translation>模型文件包含未知标签“%1”</translation>
    </message>
    <message>
        <source>no CUDA device: this libtorch was built without CUDA or no GPU is present</source>
        <translation>没有 CUDA 设备：此 libtorch 未启用 CUDA，或没有 GPU</translation>
    </message>
    <message>
        <source>unknown device &quot;%1&quot; (cpu or cuda)</source>
        <translation>未知设备“%1”（cpu 或 cuda）</translation>
    </message>
</context>
<context>
    <name>lx::inference::TorchScriptClassifier</name>
    <message>
        <source>unknown label &quot;%1&quot; (positive, neutral, negative)</source>
        <translation>未知标签“%1”（positive、neutral、negative）</translation>
    </message>
    <message>
        <source>name two or three different labels, in the order of the model&apos;s outputs</source>
        <translation>请按模型输出的顺序给出两个或三个不同的标签</translation>
    </message>
    <message>
        <source>the maximum length is between 8 and 512 tokens</source>
        <translation>最大长度须在 8 到 512 个词元之间</translation>
    </message>
    <message>
        <source>not an imported TorchScript model</source>
        <translation>不是导入的 TorchScript 模型</translation>
    </message>
    <message>
        <source>the imported model is damaged (sizes)</source>
        <translation>导入的模型已损坏（大小不符）</translation>
    </message>
    <message>
        <source>no CUDA device: this libtorch was built without CUDA or no GPU is present</source>
        <translation>没有 CUDA 设备：此 libtorch 未启用 CUDA，或没有 GPU</translation>
    </message>
    <message>
        <source>not a TorchScript module (torch.jit.save): %1</source>
        <translation>不是 TorchScript 模块（torch.jit.save）：%1</translation>
    </message>
    <message>
        <source>a TorchScript module</source>
        <translation>TorchScript 模块</translation>
    </message>
    <message>
        <source>a vocabulary</source>
        <translation>词表</translation>
    </message>
    <message>
        <source>the imported model is damaged (labels or length)</source>
        <translation>导入的模型已损坏（标签或长度不符）</translation>
    </message>
</context>
<context>
    <name>lx::inference::TorchScriptClassifier::Impl</name>
    <message>
        <source>the TorchScript model does not return a tensor of scores</source>
        <translation>该 TorchScript 模型没有返回分数张量</translation>
    </message>
    <message>
        <source>the TorchScript model answers %1 score(s) per text, the import names %2 label(s)</source>
        <translation>该 TorchScript 模型每条文本输出 %1 个分数，而导入时给出了 %2 个标签</translation>
    </message>
    <message>
        <source>the TorchScript model failed: %1</source>
        <translation>TorchScript 模型运行失败：%1</translation>
    </message>
</context>
<context>
    <name>lx::inference::WordPieceTokenizer</name>
    <message>
        <source>the WordPiece vocabulary is not UTF-8</source>
        <translation>WordPiece 词表不是 UTF-8</translation>
    </message>
    <message>
        <source>the WordPiece vocabulary has no %1 token</source>
        <translation>WordPiece 词表缺少 %1</translation>
    </message>
</context>
<context>
    <name>lx::models::AuditTableModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Failed login</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <source>Login refused</source>
        <translation>拒绝登录</translation>
    </message>
    <message>
        <source>Account locked</source>
        <translation>账户锁定</translation>
    </message>
    <message>
        <source>Logged out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>权限拒绝</translation>
    </message>
    <message>
        <source>Created the first admin</source>
        <translation>创建首位管理员</translation>
    </message>
    <message>
        <source>Added an operator</source>
        <translation>添加操作员</translation>
    </message>
    <message>
        <source>Disabled an operator</source>
        <translation>停用操作员</translation>
    </message>
    <message>
        <source>Enabled an operator</source>
        <translation>启用操作员</translation>
    </message>
    <message>
        <source>Changed a role</source>
        <translation>变更角色</translation>
    </message>
    <message>
        <source>Reset a password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>Unlocked an account</source>
        <translation>解锁账户</translation>
    </message>
    <message>
        <source>Changed own password</source>
        <translation>修改本人密码</translation>
    </message>
    <message>
        <source>Backed up the workspace</source>
        <translation>备份工作区</translation>
    </message>
    <message>
        <source>Checked the workspace</source>
        <translation>检查工作区</translation>
    </message>
    <message>
        <source>Verified the audit log</source>
        <translation>校验审计日志</translation>
    </message>
    <message>
        <source>Installed the shipped templates and scripts</source>
        <translation>安装内置模板和话术</translation>
    </message>
    <message>
        <source>Created a template</source>
        <translation>新建模板</translation>
    </message>
    <message>
        <source>Saved a template version</source>
        <translation>保存模板版本</translation>
    </message>
    <message>
        <source>Set whom a template is for</source>
        <translation>设置模板受众</translation>
    </message>
    <message>
        <source>Let a blocked template out</source>
        <translation>放行未通过的模板</translation>
    </message>
    <message>
        <source>Created a script</source>
        <translation>新建话术</translation>
    </message>
    <message>
        <source>Saved a script version</source>
        <translation>保存话术版本</translation>
    </message>
    <message>
        <source>Set whom a script is for</source>
        <translation>设置话术受众</translation>
    </message>
    <message>
        <source>Let a blocked script out</source>
        <translation>放行未通过的话术</translation>
    </message>
    <message>
        <source>Saved the bot&apos;s dialogue flows</source>
        <translation>保存机器人对话流程</translation>
    </message>
    <message>
        <source>Added a word list</source>
        <translation>添加词库</translation>
    </message>
    <message>
        <source>Replaced a word list</source>
        <translation>替换词库</translation>
    </message>
    <message>
        <source>Removed a word list</source>
        <translation>删除词库</translation>
    </message>
    <message>
        <source>Defined an experiment</source>
        <translation>定义实验</translation>
    </message>
    <message>
        <source>Started an experiment</source>
        <translation>启动实验</translation>
    </message>
    <message>
        <source>Stopped an experiment</source>
        <translation>停止实验</translation>
    </message>
    <message>
        <source>Conversation changed state</source>
        <translation>会话状态变更</translation>
    </message>
    <message>
        <source>Took over a conversation</source>
        <translation>接管会话</translation>
    </message>
    <message>
        <source>Assigned a conversation</source>
        <translation>分配会话</translation>
    </message>
    <message>
        <source>Reassigned a conversation</source>
        <translation>重新分配会话</translation>
    </message>
    <message>
        <source>Changed presence</source>
        <translation>更改在线状态</translation>
    </message>
    <message>
        <source>Changed the routing rules</source>
        <translation>更改转人工规则</translation>
    </message>
    <message>
        <source>Set the business calendar</source>
        <translation>设置工作日历</translation>
    </message>
    <message>
        <source>Set the desk&apos;s template values</source>
        <translation>设置客服台模板取值</translation>
    </message>
    <message>
        <source>Exported complaints</source>
        <translation>导出投诉记录</translation>
    </message>
    <message>
        <source>Imported profiles</source>
        <translation>导入用户画像</translation>
    </message>
    <message>
        <source>Imported events</source>
        <translation>导入行为事件</translation>
    </message>
    <message>
        <source>Changed the tag rules</source>
        <translation>更改标签规则</translation>
    </message>
    <message>
        <source>Changed the city tiers</source>
        <translation>更改城市分级</translation>
    </message>
    <message>
        <source>Recorded a withdrawal of consent</source>
        <translation>记录撤回同意</translation>
    </message>
    <message>
        <source>Exported a user&apos;s personal data</source>
        <translation>导出用户个人信息</translation>
    </message>
    <message>
        <source>Deleted a user&apos;s personal data</source>
        <translation>删除用户个人信息</translation>
    </message>
    <message>
        <source>Purged data past retention</source>
        <translation>清理超过保存期限的数据</translation>
    </message>
    <message>
        <source>Changed the retention period</source>
        <translation>更改保存期限</translation>
    </message>
    <message>
        <source>Imported into the knowledge graph</source>
        <translation>导入知识图谱</translation>
    </message>
    <message>
        <source>Added a concept</source>
        <translation>添加概念</translation>
    </message>
    <message>
        <source>Changed a concept</source>
        <translation>修改概念</translation>
    </message>
    <message>
        <source>Deleted a concept</source>
        <translation>删除概念</translation>
    </message>
    <message>
        <source>Restored a concept</source>
        <translation>恢复概念</translation>
    </message>
    <message>
        <source>Added a relation</source>
        <translation>添加关系</translation>
    </message>
    <message>
        <source>Changed a relation</source>
        <translation>修改关系</translation>
    </message>
    <message>
        <source>Deleted a relation</source>
        <translation>删除关系</translation>
    </message>
    <message>
        <source>Added a concept type</source>
        <translation>添加概念类型</translation>
    </message>
    <message>
        <source>Saved the graph layout</source>
        <translation>保存图谱布局</translation>
    </message>
    <message>
        <source>Registered a sentiment model</source>
        <translation>登记情感模型</translation>
    </message>
    <message>
        <source>Activated a sentiment model</source>
        <translation>启用情感模型</translation>
    </message>
    <message>
        <source>Reviewed a model answer</source>
        <translation>复核模型判断</translation>
    </message>
    <message>
        <source>Changed the model-quality settings</source>
        <translation>更改模型质量设置</translation>
    </message>
    <message>
        <source>Exported reviewed samples</source>
        <translation>导出已复核样本</translation>
    </message>
    <message>
        <source>Changed the dashboard targets</source>
        <translation>更改仪表盘目标</translation>
    </message>
    <message>
        <source>from</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>attempt</source>
        <translation>第几次</translation>
    </message>
    <message>
        <source>items</source>
        <translation>条目数</translation>
    </message>
    <message>
        <source>version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>variants</source>
        <translation>变体</translation>
    </message>
    <message>
        <source>capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>read</source>
        <translation>读取</translation>
    </message>
    <message>
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>拒收</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>holidays</source>
        <translation>节假日</translation>
    </message>
    <message>
        <source>extra working days</source>
        <translation>调休工作日</translation>
    </message>
    <message>
        <source>blocked by</source>
        <translation>阻止原因</translation>
    </message>
    <message>
        <source>permission</source>
        <translation>权限</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>audience</source>
        <translation>受众</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>words</source>
        <translation>词数</translation>
    </message>
    <message>
        <source>flows</source>
        <translation>流程数</translation>
    </message>
    <message>
        <source>bot flow</source>
        <translation>机器人流程</translation>
    </message>
    <message>
        <source>concepts added</source>
        <translation>新增概念</translation>
    </message>
    <message>
        <source>concepts updated</source>
        <translation>更新概念</translation>
    </message>
    <message>
        <source>relations added</source>
        <translation>新增关系</translation>
    </message>
    <message>
        <source>relations updated</source>
        <translation>更新关系</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>忙碌</translation>
    </message>
    <message>
        <source>away</source>
        <translation>离开</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>length</source>
        <translation>长度</translation>
    </message>
    <message>
        <source>term density</source>
        <translation>术语密度</translation>
    </message>
    <message>
        <source>compliance</source>
        <translation>合规</translation>
    </message>
    <message>
        <source>unknown variable</source>
        <translation>未知变量</translation>
    </message>
    <message>
        <source>no platform</source>
        <translation>未指定平台</translation>
    </message>
    <message>
        <source>template syntax</source>
        <translation>模板语法</translation>
    </message>
    <message>
        <source>click-through rate</source>
        <translation>点击率</translation>
    </message>
    <message>
        <source>conversion rate</source>
        <translation>转化率</translation>
    </message>
    <message>
        <source>engagement rate</source>
        <translation>互动率</translation>
    </message>
    <message>
        <source>the bot answered</source>
        <translation>机器人已回复</translation>
    </message>
    <message>
        <source>the bot soothed a complaint</source>
        <translation>机器人安抚了投诉</translation>
    </message>
    <message>
        <source>the agent was told</source>
        <translation>已通知坐席</translation>
    </message>
    <message>
        <source>a callback is due</source>
        <translation>需要回访</translation>
    </message>
    <message>
        <source>third complaint in a row: to the supervisors</source>
        <translation>连续第三次不满：转主管</translation>
    </message>
    <message>
        <source>the supervisors were told</source>
        <translation>已通知主管</translation>
    </message>
    <message>
        <source>queued for a person</source>
        <translation>排队等待人工</translation>
    </message>
    <message>
        <source>no action</source>
        <translation>无操作</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>two or more questions</source>
        <translation>两个及以上问题</translation>
    </message>
    <message>
        <source>complaint words</source>
        <translation>投诉用语</translation>
    </message>
    <message>
        <source>long message</source>
        <translation>长消息</translation>
    </message>
    <message>
        <source>low model confidence</source>
        <translation>模型置信度低</translation>
    </message>
    <message>
        <source>asked for a person</source>
        <translation>要求转人工</translation>
    </message>
    <message>
        <source>taken over</source>
        <translation>已接管</translation>
    </message>
    <message>
        <source>handed back to the bot</source>
        <translation>已交还机器人</translation>
    </message>
    <message>
        <source>escalated by hand</source>
        <translation>人工升级</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>reopened</source>
        <translation>已重新打开</translation>
    </message>
    <message>
        <source>escalated to the supervisors</source>
        <translation>已升级给主管</translation>
    </message>
    <message>
        <source>first-reply deadline missed</source>
        <translation>首次回复超时</translation>
    </message>
    <message>
        <source>24-hour callback deadline missed</source>
        <translation>24 小时回访超时</translation>
    </message>
    <message>
        <source>overdue first reply acknowledged</source>
        <translation>已确认首次回复超时</translation>
    </message>
    <message>
        <source>assigned to %1</source>
        <translation>已分配给 %1</translation>
    </message>
    <message>
        <source>%1 did not answer in time</source>
        <translation>%1 未及时回复</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>load</source>
        <translation>负荷</translation>
    </message>
    <message>
        <source>allow-list</source>
        <translation>白名单</translation>
    </message>
    <message>
        <source>bad lines</source>
        <translation>错误行</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>mean accuracy</source>
        <translation>平均准确率</translation>
    </message>
    <message>
        <source>mean macro F1</source>
        <translation>平均宏 F1</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>data SHA-256</source>
        <translation>数据 SHA-256</translation>
    </message>
    <message>
        <source>duplicates</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>retention (days)</source>
        <translation>保存期限（天）</translation>
    </message>
    <message>
        <source>label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>state</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>value</source>
        <translation>取值</translation>
    </message>
    <message>
        <source>type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>users</source>
        <translation>用户数</translation>
    </message>
    <message>
        <source>granted</source>
        <translation>已同意</translation>
    </message>
    <message>
        <source>folds</source>
        <translation>折数</translation>
    </message>
    <message>
        <source>format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>relations</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>concepts</source>
        <translation>概念</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>before</source>
        <translation>之前</translation>
    </message>
    <message>
        <source>after</source>
        <translation>之后</translation>
    </message>
    <message>
        <source>sample size</source>
        <translation>样本量</translation>
    </message>
    <message>
        <source>threshold</source>
        <translation>阈值</translation>
    </message>
</context>
<context>
    <name>lx::models::OperatorTableModel</name>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Login name</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>最近登录</translation>
    </message>
</context>
<context>
    <name>lx::models::ProfileTableModel</name>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>年龄段</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>City tier</source>
        <translation>城市等级</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <source>Value tier</source>
        <translation>价值分层</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>最近活跃</translation>
    </message>
</context>
<context>
    <name>lx::models::QueueTableModel</name>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation>已超时 %1</translation>
    </message>
    <message>
        <source>Bot</source>
        <translation>机器人</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>With agent</source>
        <translation>人工处理</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>WeCom</source>
        <translation>企业微信</translation>
    </message>
    <message>
        <source>Weibo</source>
        <translation>微博</translation>
    </message>
    <message>
        <source>Douyin</source>
        <translation>抖音</translation>
    </message>
    <message>
        <source>Xiaohongshu</source>
        <translation>小红书</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>正面</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>中性</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>负面</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>已回复</translation>
    </message>
    <message>
        <source>callback</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <source> (paused)</source>
        <translation>（暂停）</translation>
    </message>
    <message>
        <source>First reply due %1</source>
        <translation>首次回复截止 %1</translation>
    </message>
    <message>
        <source>Callback due %1 (%2 open)</source>
        <translation>回访截止 %1（未完成 %2 个）</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>最新消息</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>情感</translation>
    </message>
    <message>
        <source>Streak</source>
        <translation>连续负面</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>忙碌</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>离开</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>New message from the customer since you last looked or replied</source>
        <translation>客户在您上次查看或回复之后发来了新消息</translation>
    </message>
</context>
<context>
    <name>lx::ui::AboutDialog</name>
    <message>
        <source>About Lingxi</source>
        <translation>关于灵犀</translation>
    </message>
    <message>
        <source>&lt;h2&gt;灵犀 Lingxi&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;灵犀 Lingxi&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>An operator workstation for social marketing and customer service on Chinese platforms: conversation takeover and escalation queues for agents, templates and A/B tests for marketers, queues, SLAs and model quality for supervisors.</source>
        <translation>面向中国社交平台营销与客服的操作员工作台：坐席的会话接管与升级队列，营销人员的模板与 A/B 测试，主管的队列、SLA 与模型质量监控。</translation>
    </message>
    <message>
        <source>Components:</source>
        <translation>组件：</translation>
    </message>
</context>
<context>
    <name>lx::ui::AccountWidget</name>
    <message>
        <source>Role: %1 · logged in at %2</source>
        <translation>角色：%1 · 登录于 %2</translation>
    </message>
    <message>
        <source>What your role allows</source>
        <translation>您的角色可以做什么</translation>
    </message>
    <message>
        <source>Change your password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>当前密码</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>再次输入</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
    <message>
        <source>Changing…</source>
        <translation>正在修改…</translation>
    </message>
    <message>
        <source>Password changed.</source>
        <translation>密码已修改。</translation>
    </message>
    <message>
        <source>Panels in your window: %1</source>
        <translation>您窗口中的面板：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1: only your own part, in “%2”</source>
        <translation>%1：仅限您自己的部分，见“%2”</translation>
    </message>
</context>
<context>
    <name>lx::ui::AppController</name>
    <message>
        <source>Lingxi — workspace</source>
        <translation>灵犀 — 工作区</translation>
    </message>
    <message>
        <source>The workspace cannot be opened.</source>
        <translation>无法打开工作区。</translation>
    </message>
    <message>
        <source>Create a demo workspace</source>
        <translation>创建演示工作区</translation>
    </message>
    <message>
        <source>Lingxi workspace (*.lingxi)</source>
        <translation>灵犀工作区 (*.lingxi)</translation>
    </message>
    <message>
        <source>Open a workspace</source>
        <translation>打开工作区</translation>
    </message>
    <message>
        <source>Lingxi workspace (*.lingxi);;All files (*)</source>
        <translation>灵犀工作区 (*.lingxi);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Create a workspace</source>
        <translation>创建工作区</translation>
    </message>
    <message>
        <source>%1 already exists. Open it with “Open an existing workspace…”; a new workspace never overwrites a file.</source>
        <translation>%1 已存在。请用“打开现有工作区…”打开它；新建工作区绝不会覆盖已有文件。</translation>
    </message>
</context>
<context>
    <name>lx::ui::AuditWidget</name>
    <message>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>校验哈希链</translation>
    </message>
    <message>
        <source>Recompute every entry&apos;s hash and check that none was changed, deleted or inserted</source>
        <translation>重新计算每条记录的哈希，检查是否有记录被篡改、删除或插入</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <source>Logins</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Permission denials</source>
        <translation>权限拒绝</translation>
    </message>
    <message>
        <source>Operator changes</source>
        <translation>操作员变更</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>工作区</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message numerus="yes">
        <source>%n entries shown (newest first, at most %1)</source>
        <translation>
            <numerusform>显示 %n 条记录（最新在前，最多 %1 条）</numerusform>
        </translation>
    </message>
    <message>
        <source>Operator: %1   Target: %2</source>
        <translation>操作员：%1   对象：%2</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256：%1</translation>
    </message>
    <message>
        <source>Verifying the audit log</source>
        <translation>校验审计日志</translation>
    </message>
    <message numerus="yes">
        <source>Audit log intact: %n entries verified.</source>
        <translation>
            <numerusform>审计日志完整：已校验 %n 条记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit log tampered: %1</source>
        <translation>审计日志遭篡改：%1</translation>
    </message>
    <message>
        <source>Entry #%1 · %2 · %3 (%4)</source>
        <translation>第 %1 条 · %2 · %3（%4）</translation>
    </message>
    <message numerus="yes">
        <source>The list shows %n of them: those that match the operator, kind and dates chosen above.</source>
        <translation>
            <numerusform>列表显示其中 %n 条：符合上方所选操作员、类型和日期的条目。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lx::ui::ConceptDialog</name>
    <message>
        <source>New concept</source>
        <translation>新建概念</translation>
    </message>
    <message>
        <source>Edit concept</source>
        <translation>编辑概念</translation>
    </message>
    <message>
        <source>other words for it, separated by |</source>
        <translation>它的其他说法，用 | 分隔</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Weight (importance)</source>
        <translation>权重（重要程度）</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>别名</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>A concept needs a name.</source>
        <translation>概念需要名称。</translation>
    </message>
    <message>
        <source>Choose a type or type a new one.</source>
        <translation>请选择类型，或输入新类型。</translation>
    </message>
</context>
<context>
    <name>lx::ui::ConversationWidget</name>
    <message>
        <source>Tags:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation>同意：</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>无记录</translation>
    </message>
    <message>
        <source>%1 behaviour events</source>
        <translation>%1 条行为事件</translation>
    </message>
    <message>
        <source>Escalate to a supervisor</source>
        <translation>升级给主管</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>This user has no profile in the workspace (imported or unknown).</source>
        <translation>工作区中没有此用户的画像（导入或未知用户）。</translation>
    </message>
    <message>
        <source>Take the conversation over to see the profile.</source>
        <translation>接管会话后可查看用户画像。</translation>
    </message>
    <message>
        <source>held by %1</source>
        <translation>由 %1 接管</translation>
    </message>
    <message numerus="yes">
        <source>%n negative in a row</source>
        <translation>
            <numerusform>连续 %n 条负面</numerusform>
        </translation>
    </message>
    <message>
        <source>callback due %1</source>
        <translation>回访截止 %1</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Bot</source>
        <translation>机器人</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>负面</translation>
    </message>
    <message>
        <source>streak %1</source>
        <translation>连续负面 %1</translation>
    </message>
    <message>
        <source>No messages yet.</source>
        <translation>暂无消息。</translation>
    </message>
    <message>
        <source>Type a reply. &quot;/&quot; inserts a script; Ctrl+Enter sends.</source>
        <translation>输入回复。输入“/”插入话术；Ctrl+Enter 发送。</translation>
    </message>
    <message>
        <source>Take the conversation over to reply.</source>
        <translation>接管会话后才能回复。</translation>
    </message>
    <message>
        <source>Cannot send: %1</source>
        <translation>无法发送：%1</translation>
    </message>
    <message>
        <source>Quality check passed.</source>
        <translation>质量检查通过。</translation>
    </message>
    <message>
        <source>You hold this conversation now; the bot has stopped in it.</source>
        <translation>您已接管此会话，机器人已停止回复。</translation>
    </message>
    <message>
        <source>Handed back: the bot answers again.</source>
        <translation>已交还：机器人恢复回复。</translation>
    </message>
    <message>
        <source>Conversation closed.</source>
        <translation>会话已关闭。</translation>
    </message>
    <message>
        <source>Sent to the supervisor queue.</source>
        <translation>已转入主管队列。</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>未发送：%1</translation>
    </message>
    <message>
        <source>Take over</source>
        <translation>接管</translation>
    </message>
    <message>
        <source>Hand back to bot</source>
        <translation>交还机器人</translation>
    </message>
    <message>
        <source>The bot answers again (Ctrl+B)</source>
        <translation>由机器人继续回复（Ctrl+B）</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Escalate…</source>
        <translation>升级…</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>用户画像</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Scripts /</source>
        <translation>话术 /</translation>
    </message>
    <message>
        <source>Select a conversation in the queue to read it.
Take it over to answer: the bot stops in that conversation until you hand it back.</source>
        <translation>在左侧队列中选择一个会话查看。
接管后即可回复：在您交还之前，机器人不会在该会话中回复。</translation>
    </message>
    <message>
        <source>Close conversation #%1</source>
        <translation>关闭会话 #%1</translation>
    </message>
    <message>
        <source>Why does it end? (solved, spam, no answer …; kept in the audit log)</source>
        <translation>为什么结束？（已解决、垃圾信息、无人回应……；记入审计日志）</translation>
    </message>
</context>
<context>
    <name>lx::ui::DashboardWidget</name>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 个已逾期</translation>
    </message>
    <message>
        <source>%1%2 % vs previous</source>
        <translation>较上期 %1%2 %</translation>
    </message>
    <message>
        <source> · target %1%2 % %3</source>
        <translation> · 目标 %1%2 % %3</translation>
    </message>
    <message>
        <source>previous: %1</source>
        <translation>上期：%1</translation>
    </message>
    <message>
        <source>no figures for the previous period</source>
        <translation>上期无数据</translation>
    </message>
    <message>
        <source>%1 of %2 users</source>
        <translation>%2 位用户中 %1 位</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>%2 个中已回复 %1 个</translation>
    </message>
    <message>
        <source>%1 – %2 · counted in %3 ms</source>
        <translation>%1 – %2 · 统计耗时 %3 毫秒</translation>
    </message>
    <message>
        <source>Click for the rows behind this number</source>
        <translation>点击查看该数字背后的明细</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>No experiment is running.</source>
        <translation>当前没有进行中的实验。</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>负面</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>中性</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>正面</translation>
    </message>
    <message>
        <source>share of messages (%)</source>
        <translation>消息占比（%）</translation>
    </message>
    <message>
        <source>No messages or reviews with a sentiment in this period.</source>
        <translation>本期没有带情感标注的消息或评价。</translation>
    </message>
    <message>
        <source>Funnel (needs access to profiles)</source>
        <translation>漏斗（需要用户画像权限）</translation>
    </message>
    <message>
        <source>users</source>
        <translation>用户数</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Export rows</source>
        <translation>导出明细</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV（*.csv）</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>仪表盘</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Sentiment by day (customer messages and reviews)</source>
        <translation>每日情感分布（客户消息与评价）</translation>
    </message>
    <message>
        <source>Marketing funnel: impression → click → conversion</source>
        <translation>营销漏斗：曝光 → 点击 → 转化</translation>
    </message>
    <message>
        <source>Agents: presence and load</source>
        <translation>坐席：状态与负荷</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>Experiments running</source>
        <translation>进行中的实验</translation>
    </message>
    <message>
        <source>capacity %1</source>
        <translation>上限 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) you answered first</source>
        <translation>
            <numerusform>由您首先回复的会话 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>My dashboard</source>
        <translation>我的仪表盘</translation>
    </message>
    <message>
        <source>Marketing dashboard</source>
        <translation>营销仪表盘</translation>
    </message>
</context>
<context>
    <name>lx::ui::DeskRulesDialog</name>
    <message>
        <source>Desk rules</source>
        <translation>工作台规则</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>A VIP whom the bot is answering goes to a person</source>
        <translation>机器人接待中的 VIP 用户转人工</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> 字</translation>
    </message>
    <message>
        <source>First human reply within (business time)</source>
        <translation>人工首次回复时限（工作时间）</translation>
    </message>
    <message>
        <source>Callback after two negative messages within</source>
        <translation>连续两条负面后的回访时限</translation>
    </message>
    <message>
        <source>An assigned agent who has not answered loses it after</source>
        <translation>已分配坐席未回复则收回，时限</translation>
    </message>
    <message>
        <source>Warn when this share of the time is used</source>
        <translation>时限用到此比例时提醒</translation>
    </message>
    <message>
        <source>To a person at this many questions in one message</source>
        <translation>一条消息含这么多问题时转人工</translation>
    </message>
    <message>
        <source>To a person when a message is longer than</source>
        <translation>消息长度超过此值时转人工</translation>
    </message>
    <message>
        <source>To a person when the model&apos;s confidence is below</source>
        <translation>模型置信度低于此值时转人工</translation>
    </message>
    <message>
        <source>Complaint words (comma-separated)</source>
        <translation>投诉词（逗号分隔）</translation>
    </message>
    <message>
        <source>Words that ask for a person</source>
        <translation>要求人工的用语</translation>
    </message>
    <message>
        <source>Routing and SLA</source>
        <translation>分流与 SLA</translation>
    </message>
    <message>
        <source>Weekly hours, public holidays and extra working days (调休) as JSON. SLA clocks count only the working time in it.</source>
        <translation>每周工作时间、法定节假日与调休工作日（JSON）。SLA 只计算其中的工作时间。</translation>
    </message>
    <message>
        <source>Use the shipped China calendar</source>
        <translation>使用内置的中国日历</translation>
    </message>
    <message>
        <source>Business calendar</source>
        <translation>工作日历</translation>
    </message>
    <message>
        <source>Reads well: %1 holidays, %2 extra working days (years %3).</source>
        <translation>格式正确：%1 个假日，%2 个调休工作日（年份：%3）。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>有未保存的修改</translation>
    </message>
    <message>
        <source>The desk rules have changes that are not saved yet.</source>
        <translation>工作台规则有尚未保存的修改。</translation>
    </message>
    <message>
        <source>Fix the calendar to save.</source>
        <translation>请先修正日历再保存。</translation>
    </message>
</context>
<context>
    <name>lx::ui::DialogueFlowWidget</name>
    <message>
        <source>positive</source>
        <translation>正面</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>中性</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>负面</translation>
    </message>
    <message>
        <source>any</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>New flow %1</source>
        <translation>新流程 %1</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>流程</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>New flow from this</source>
        <translation>以此新建流程</translation>
    </message>
    <message>
        <source>The desk&apos;s bot follows this flow</source>
        <translation>会话台机器人使用此流程</translation>
    </message>
    <message>
        <source>The bot answers a user&apos;s first message with round 1, the second with the first line of round 2 whose conditions hold (sentiment and any of the keywords), the third likewise from round 3; each round ends with a default line. After round 3, or when a person takes over, the scripts and agents answer. {Variables} take the desk&apos;s reply values.</source>
        <translation>机器人用第 1 轮回复用户的第一条消息；第二条消息用第 2 轮中第一条条件成立的话术（情感及任一关键词），第三条同理用第 3 轮；每轮最后是默认行。三轮之后或人工接管后，由话术库和客服回复。{变量} 取会话台的回复取值。</translation>
    </message>
    <message>
        <source>Round 1 — opening</source>
        <translation>第 1 轮 — 开场</translation>
    </message>
    <message>
        <source>Round 2 — follow-up by the answer</source>
        <translation>第 2 轮 — 按回答追问</translation>
    </message>
    <message>
        <source>Round 3 — solution or product</source>
        <translation>第 3 轮 — 方案或产品推荐</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>情感</translation>
    </message>
    <message>
        <source>Keywords (any)</source>
        <translation>关键词（任一）</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>The bot says</source>
        <translation>机器人话术</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>添加一行</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>删除此行</translation>
    </message>
    <message>
        <source>Earlier: tried before the lines below</source>
        <translation>上移：先于下面的行匹配</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Rehearse</source>
        <translation>试演</translation>
    </message>
    <message>
        <source>User&apos;s 2nd message</source>
        <translation>用户第 2 条消息</translation>
    </message>
    <message>
        <source>User&apos;s 3rd message</source>
        <translation>用户第 3 条消息</translation>
    </message>
    <message>
        <source>e.g. 最近脸很干，还起皮</source>
        <translation>例如：最近脸很干，还起皮</translation>
    </message>
    <message>
        <source>e.g. 洗完脸会用保湿的</source>
        <translation>例如：洗完脸会用保湿的</translation>
    </message>
    <message>
        <source>Save flows</source>
        <translation>保存流程</translation>
    </message>
    <message>
        <source>Bot, round %1</source>
        <translation>机器人 · 第 %1 轮</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>（无内容）</translation>
    </message>
    <message>
        <source>Saved. The bot answers from the scripts; no flow is followed.</source>
        <translation>已保存。机器人按话术库回复，不使用对话流程。</translation>
    </message>
    <message>
        <source>Saved. The bot follows “%1” from the next new conversation.</source>
        <translation>已保存。从下一个新会话起，机器人使用“%1”。</translation>
    </message>
</context>
<context>
    <name>lx::ui::EncoderTrainingPage</name>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>Pretrained checkpoint folder</source>
        <translation>预训练检查点文件夹</translation>
    </message>
    <message>
        <source>Training data</source>
        <translation>训练数据</translation>
    </message>
    <message>
        <source>CSV with label and text (*.csv);;All files (*)</source>
        <translation>含 label 和 text 列的 CSV (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Industry vocabulary</source>
        <translation>行业词表</translation>
    </message>
    <message>
        <source>One term a line (*.txt);;All files (*)</source>
        <translation>每行一个术语 (*.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Folder for the fine-tuned model</source>
        <translation>微调后模型的保存文件夹</translation>
    </message>
    <message>
        <source>Fine-tune a pretrained encoder (bert-base-chinese, chinese-roberta-wwm-ext, MacBERT …) that you downloaded once as a Hugging Face folder with model.safetensors. Slower than Lingxi&apos;s own model but it understands more; on this machine&apos;s processor a full-size model needs hours, a 3-layer one minutes. Cross-validation trains a model per fold, then the final model on every row.</source>
        <translation>微调一个预训练编码器（bert-base-chinese、chinese-roberta-wwm-ext、MacBERT 等），它是您下载过一次的 Hugging Face 文件夹（含 model.safetensors）。比灵犀自带的模型慢，但理解得更多；在本机处理器上，完整尺寸的模型需要数小时，3 层的模型只需几分钟。交叉验证为每一折训练一个模型，最后用全部数据训练最终模型。</translation>
    </message>
    <message>
        <source>Checkpoint folder…</source>
        <translation>检查点文件夹…</translation>
    </message>
    <message>
        <source>Training data…</source>
        <translation>训练数据…</translation>
    </message>
    <message>
        <source>Industry vocabulary…</source>
        <translation>行业词表…</translation>
    </message>
    <message>
        <source>Folds</source>
        <translation>折数</translation>
    </message>
    <message>
        <source>none</source>
        <translation>不做</translation>
    </message>
    <message>
        <source>Cross-validation folds; &quot;none&quot; trains the final model only</source>
        <translation>交叉验证折数；“不做”则只训练最终模型</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步数</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>AdamW; the rate rises over the first tenth of the steps, then falls linearly to zero</source>
        <translation>AdamW；学习率在前十分之一的步数内上升，然后线性降到零</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批大小</translation>
    </message>
    <message>
        <source>Max length</source>
        <translation>最大长度</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>保存到</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>a new folder for the fine-tuned model</source>
        <translation>微调后模型的新文件夹</translation>
    </message>
    <message>
        <source>Estimate and fine-tune</source>
        <translation>估算并微调</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Name in the workspace</source>
        <translation>在工作区中的名称</translation>
    </message>
    <message>
        <source>Add to workspace</source>
        <translation>加入工作区</translation>
    </message>
    <message>
        <source>Fold</source>
        <translation>折</translation>
    </message>
    <message>
        <source>Train / validation rows</source>
        <translation>训练 / 验证行数</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <source>Macro-F1</source>
        <translation>宏平均 F1</translation>
    </message>
    <message>
        <source>step</source>
        <translation>步</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>validation accuracy</source>
        <translation>验证准确率</translation>
    </message>
    <message>
        <source>No checkpoint chosen.</source>
        <translation>尚未选择检查点。</translation>
    </message>
    <message>
        <source>No training data chosen: a CSV with the columns label and text.</source>
        <translation>尚未选择训练数据：需要含 label 和 text 两列的 CSV。</translation>
    </message>
    <message>
        <source>Optional: one term a line; each becomes one token, its embedding the mean of its pieces.</source>
        <translation>可选：每行一个术语；每个术语成为一个词元，其嵌入初始化为各子词嵌入的平均值。</translation>
    </message>
    <message>
        <source>%1 M</source>
        <translation>%1 百万</translation>
    </message>
    <message>
        <source>%1: BERT, %2 layers, hidden size %3, %4 parameters, vocabulary %5, up to %6 tokens.</source>
        <translation>%1：BERT，%2 层，隐藏维度 %3，参数 %4 个，词表 %5，最多 %6 个词元。</translation>
    </message>
    <message>
        <source>It has a classification head (%1); fine-tuning replaces it with one for your labels.</source>
        <translation>它带有分类头（%1）；微调会换成适合您标签的分类头。</translation>
    </message>
    <message>
        <source>No classification head yet: fine-tuning adds one for your labels.</source>
        <translation>还没有分类头：微调会为您的标签添加一个。</translation>
    </message>
    <message>
        <source>%1: %2 rows (%3).</source>
        <translation>%1：%2 行（%3）。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped, first: %1</source>
        <translation>
            <numerusform>跳过 %n 行，第一行：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n term(s) become new tokens.</source>
        <translation>
            <numerusform>%1：%n 个术语成为新词元。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 already holds a model; choose a new folder.</source>
        <translation>%1 中已有模型；请选择一个新文件夹。</translation>
    </message>
    <message>
        <source>Measuring one training step on this machine…</source>
        <translation>正在本机上测量一个训练步的耗时…</translation>
    </message>
    <message>
        <source>About %1 on this machine (%2): %3 run(s) of %4 steps at %5 a step.</source>
        <translation>在本机（%2）上约需 %1：%3 次训练，每次 %4 步，每步 %5。</translation>
    </message>
    <message>
        <source>Fine-tune</source>
        <translation>微调</translation>
    </message>
    <message>
        <source>Fine-tuning will take about %1 on this machine. You can cancel at any time. Start now?</source>
        <translation>在本机上微调约需 %1，可随时取消。现在开始吗？</translation>
    </message>
    <message>
        <source>Not started.</source>
        <translation>未开始。</translation>
    </message>
    <message>
        <source>Fine-tuning %1 on %2</source>
        <translation>正在用 %2 微调 %1</translation>
    </message>
    <message>
        <source>fold %1 of %2, step %3 of %4, loss %5</source>
        <translation>第 %1/%2 折，第 %3/%4 步，损失 %5</translation>
    </message>
    <message>
        <source>final model, step %1 of %2, loss %3</source>
        <translation>最终模型，第 %1/%2 步，损失 %3</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Cancelled; nothing was saved.</source>
        <translation>已取消；没有保存任何内容。</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在开始…</translation>
    </message>
    <message>
        <source>final model, training</source>
        <translation>最终模型，训练</translation>
    </message>
    <message>
        <source>fold %1 training</source>
        <translation>第 %1 折训练</translation>
    </message>
    <message>
        <source>fold %1 validation</source>
        <translation>第 %1 折验证</translation>
    </message>
    <message>
        <source>fold %1</source>
        <translation>第 %1 折</translation>
    </message>
    <message>
        <source>mean ± sd</source>
        <translation>均值 ± 标准差</translation>
    </message>
    <message>
        <source>Done in %1: training loss %2 → %3; saved to %4.</source>
        <translation>用时 %1 完成：训练损失 %2 → %3；已保存到 %4。</translation>
    </message>
    <message>
        <source>Mean validation accuracy %1 over %2 folds.</source>
        <translation>%2 折的平均验证准确率为 %1。</translation>
    </message>
    <message numerus="yes">
        <source>%n industry term(s) added to the vocabulary.</source>
        <translation>
            <numerusform>已向词表加入 %n 个行业术语。</numerusform>
        </translation>
    </message>
    <message>
        <source>Adding the model to the workspace…</source>
        <translation>正在把模型加入工作区…</translation>
    </message>
    <message>
        <source>Added to the workspace as &quot;%1&quot;; activate it on the Models tab.</source>
        <translation>已作为“%1”加入工作区；请在“模型”页中启用。</translation>
    </message>
</context>
<context>
    <name>lx::ui::ExperimentsWidget</name>
    <message>
        <source>Open the counts of an experiment</source>
        <translation>打开实验计数</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export the table</source>
        <translation>导出表格</translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Read an A/B/n test from its counts: open a CSV with the columns variant, weight, exposures, conversions, or type them in. The first variant is the control.</source>
        <translation>根据计数解读 A/B/n 测试：打开含 variant、weight、exposures、conversions 列的 CSV，或直接输入。第一个变体为对照组。</translation>
    </message>
    <message>
        <source>Open counts…</source>
        <translation>打开计数…</translation>
    </message>
    <message>
        <source>Add variant</source>
        <translation>添加变体</translation>
    </message>
    <message>
        <source>Remove last</source>
        <translation>删除最后一个</translation>
    </message>
    <message>
        <source>Export table…</source>
        <translation>导出表格…</translation>
    </message>
    <message>
        <source>Export chart…</source>
        <translation>导出图表…</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>变体</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Exposures</source>
        <translation>曝光</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>转化</translation>
    </message>
    <message>
        <source>Rate (95 % CI)</source>
        <translation>转化率（95% 置信区间）</translation>
    </message>
    <message>
        <source>Lift (95 % CI)</source>
        <translation>提升（95% 置信区间）</translation>
    </message>
    <message>
        <source>z</source>
        <translation>z</translation>
    </message>
    <message>
        <source>p</source>
        <translation>p</translation>
    </message>
    <message>
        <source>Adjusted p</source>
        <translation>校正后 p</translation>
    </message>
    <message>
        <source>Significant</source>
        <translation>显著</translation>
    </message>
    <message>
        <source>Alpha</source>
        <translation>显著性水平</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>对照组</translation>
    </message>
    <message>
        <source>Min. exposures per variant</source>
        <translation>每个变体最少曝光</translation>
    </message>
    <message>
        <source>from the sample size</source>
        <translation>按样本量计算</translation>
    </message>
    <message>
        <source>Sample size</source>
        <translation>样本量</translation>
    </message>
    <message>
        <source>Baseline rate</source>
        <translation>基线转化率</translation>
    </message>
    <message>
        <source>Smallest effect to detect</source>
        <translation>最小可检测效应</translation>
    </message>
    <message>
        <source>Absolute, in percentage points: 5 % → 6 % is 1 pp</source>
        <translation>绝对值，单位为百分点：5% → 6% 即 1 个百分点</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>检验功效</translation>
    </message>
    <message>
        <source>Exposures a day per variant</source>
        <translation>每个变体每日曝光</translation>
    </message>
    <message>
        <source>Conversion rate (%), 95 % Wilson interval</source>
        <translation>转化率（%），95% Wilson 区间</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>%1 was not loaded. %2</source>
        <translation>%1 未载入。%2</translation>
    </message>
    <message>
        <source>Type the exposures and conversions of every variant, or open a CSV.</source>
        <translation>请输入每个变体的曝光和转化，或打开 CSV。</translation>
    </message>
    <message>
        <source>Row %1: a name, a positive weight and whole, non-negative counts are needed.</source>
        <translation>第 %1 行：需要名称、正的权重和非负整数计数。</translation>
    </message>
    <message>
        <source>Sample ratio mismatch: %1. The split does not match the weights (p = %2), so the assignment is broken; no verdict until it is fixed.</source>
        <translation>样本比例失衡：%1。分流与权重不符（p = %2），分流机制有问题；修复前不给出结论。</translation>
    </message>
    <message>
        <source>Across all variants: chi-square %1 (df %2), p = %3.</source>
        <translation>所有变体整体：卡方 %1（自由度 %2），p = %3。</translation>
    </message>
    <message>
        <source>%1 (control)</source>
        <translation>%1（对照）</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Baseline + effect must stay below 100 %.</source>
        <translation>基线加效应必须低于 100%。</translation>
    </message>
    <message>
        <source>%1 exposures per variant to detect %2 → %3 at alpha %4 with %5 power.</source>
        <translation>在显著性水平 %4、检验功效 %5 下检测 %2 → %3，每个变体需要 %1 次曝光。</translation>
    </message>
    <message numerus="yes">
        <source>About %n day(s) at the current traffic.</source>
        <translation>
            <numerusform>按当前流量约需 %n 天。</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no result to export yet.</source>
        <translation>还没有可导出的结果。</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>No verdict while the split is broken.</source>
        <translation>分流有问题，暂不下结论。</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation>%1（%2 至 %3）</translation>
    </message>
    <message>
        <source>Cumulative conversion rate (%)</source>
        <translation>累计转化率（%）</translation>
    </message>
    <message>
        <source>p-value against the control</source>
        <translation>相对对照组的 p 值</translation>
    </message>
    <message>
        <source>Rate per variant</source>
        <translation>各变体转化率</translation>
    </message>
    <message>
        <source>Cumulative rate by day</source>
        <translation>按天累计转化率</translation>
    </message>
    <message>
        <source>p-value by day</source>
        <translation>按天 p 值</translation>
    </message>
    <message>
        <source>Peeking inflates false positives: a p-value checked every day dips below alpha by chance far more often than alpha. Decide the sample size first and read the verdict once it is reached.</source>
        <translation>反复查看会放大误报：每天查看 p 值，它因偶然跌破显著性水平的概率远高于显著性水平本身。请先确定样本量，达到后再读结论。</translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 对比 %2</translation>
    </message>
    <message>
        <source>alpha %1</source>
        <translation>显著性水平 %1</translation>
    </message>
    <message>
        <source>running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>No experiments yet: define one from template versions with New….</source>
        <translation>还没有实验：点“新建…”，用模板版本定义一个。</translation>
    </message>
    <message>
        <source>No experiments yet.</source>
        <translation>还没有实验。</translation>
    </message>
    <message>
        <source>Experiment “%1” saved as a draft.</source>
        <translation>实验“%1”已保存为草稿。</translation>
    </message>
    <message>
        <source>Experiments in this workspace</source>
        <translation>本工作区的实验</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Count from events</source>
        <translation>按事件统计</translation>
    </message>
    <message>
        <source>Exposures and successes of the selected experiment from the imported events (users without consent to marketing are left out)</source>
        <translation>根据导入的事件统计所选实验的曝光与成功（未同意营销的用户不计入）</translation>
    </message>
    <message>
        <source>No exposures yet: import impression or view events tagged with this experiment and a variant label.</source>
        <translation>还没有曝光：请导入带有此实验编号和变体标签的曝光或浏览事件。</translation>
    </message>
    <message>
        <source>%1 users exposed; %2 left out for lack of consent to marketing.</source>
        <translation>共 %1 位用户曝光；%2 位因未同意营销而未计入。</translation>
    </message>
</context>
<context>
    <name>lx::ui::FirstAdminDialog</name>
    <message>
        <source>Lingxi — first admin</source>
        <translation>灵犀 — 首位管理员</translation>
    </message>
    <message>
        <source>The workspace %1 has no operators yet. Create the admin account: it adds the agents, marketers and supervisors who work here.</source>
        <translation>工作区 %1 还没有操作员。请创建管理员账户，由它添加在此工作的坐席、营销人员和主管。</translation>
    </message>
    <message>
        <source>Login name</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Password (at least %1 characters)</source>
        <translation>密码（至少 %1 个字符）</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <source>Create admin and log in</source>
        <translation>创建管理员并登录</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>lx::ui::KnowledgeGraphWidget</name>
    <message>
        <source>No concept is called “%1”.</source>
        <translation>没有叫“%1”的概念。</translation>
    </message>
    <message>
        <source>Find a concept (name, alias or pinyin initials)…</source>
        <translation>查找概念（名称、别名或拼音首字母）…</translation>
    </message>
    <message>
        <source>hops: </source>
        <translation>跳数：</translation>
    </message>
    <message>
        <source>How many relations away from the found concept to show</source>
        <translation>显示距找到的概念几层关系以内的概念</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>显示全部</translation>
    </message>
    <message>
        <source>Min. relation weight</source>
        <translation>最低关系权重</translation>
    </message>
    <message>
        <source>Size by weight</source>
        <translation>按权重定大小</translation>
    </message>
    <message>
        <source>Size by degree</source>
        <translation>按连接数定大小</translation>
    </message>
    <message>
        <source>Lay out</source>
        <translation>布局</translation>
    </message>
    <message>
        <source>Lay out again (dragged concepts stay)</source>
        <translation>重新布局（拖动过的概念不动）</translation>
    </message>
    <message>
        <source>Reset the layout (release dragged concepts)</source>
        <translation>重置布局（释放拖动过的概念）</translation>
    </message>
    <message>
        <source>Export view…</source>
        <translation>导出视图…</translation>
    </message>
    <message>
        <source>Add concept</source>
        <translation>添加概念</translation>
    </message>
    <message>
        <source>Connect…</source>
        <translation>连接…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>撤销%1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>重做%1</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Concept types</source>
        <translation>概念类型</translation>
    </message>
    <message>
        <source>Relation types</source>
        <translation>关系类型</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:gray&apos;&gt;Select a concept, or find one above, to see its relations.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:gray&apos;&gt;选择一个概念，或在上方查找，即可查看它的关系。&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n concept(s)</source>
        <translation>
            <numerusform>%n 个概念</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relation(s)</source>
        <translation>
            <numerusform>%n 条关系</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;The graph is empty. Add a concept, or import a graph with &lt;code&gt;lingxi-cli graph import&lt;/code&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;图谱为空。请添加概念，或用 &lt;code&gt;lingxi-cli graph import&lt;/code&gt; 导入图谱。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The graph is empty. A marketer adds concepts or imports a graph.&lt;/p&gt;</source>
        <translation>&lt;p&gt;图谱为空。营销人员可以添加概念或导入图谱。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>showing %1 of %2 concepts, %3 of %4 relations</source>
        <translation>显示 %2 个概念中的 %1 个，%4 条关系中的 %3 条</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n concept(s) within %2 hop(s)</source>
        <translation>
            <numerusform>%1 及其 %2 跳以内的 %n 个概念</numerusform>
        </translation>
    </message>
    <message>
        <source>weight %1</source>
        <translation>权重 %1</translation>
    </message>
    <message>
        <source>Also called:</source>
        <translation>又称：</translation>
    </message>
    <message>
        <source>%1 →</source>
        <translation>%1 →</translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:gray&apos;&gt;No relations yet.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:gray&apos;&gt;还没有关系。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Laying out the knowledge graph</source>
        <translation>正在布局知识图谱</translation>
    </message>
    <message>
        <source>The layout could not be saved: %1</source>
        <translation>布局未能保存：%1</translation>
    </message>
    <message>
        <source>Undo failed: %1</source>
        <translation>撤销失败：%1</translation>
    </message>
    <message>
        <source>Redo failed: %1</source>
        <translation>重做失败：%1</translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation>已撤销。</translation>
    </message>
    <message>
        <source>Done again.</source>
        <translation>已重做。</translation>
    </message>
    <message>
        <source>add %1</source>
        <translation>添加“%1”</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>已添加“%1”。</translation>
    </message>
    <message>
        <source>edit %1</source>
        <translation>编辑“%1”</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存“%1”。</translation>
    </message>
    <message>
        <source>connect %1</source>
        <translation>连接 %1</translation>
    </message>
    <message>
        <source>Connected %1.</source>
        <translation>已连接 %1。</translation>
    </message>
    <message>
        <source>Delete concept</source>
        <translation>删除概念</translation>
    </message>
    <message>
        <source>Delete “%1”? It has no relations.</source>
        <translation>删除“%1”？它没有任何关系。</translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1” and the %n relation(s) that touch it?</source>
        <translation>
            <numerusform>删除“%1”以及与它相连的 %n 条关系？</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo puts everything back.</source>
        <translation>撤销可以全部恢复。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>delete %1</source>
        <translation>删除“%1”</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %1 and %n relation(s).</source>
        <translation>
            <numerusform>已删除“%1”及 %n 条关系。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the view</source>
        <translation>导出视图</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>已导出到 %1。</translation>
    </message>
    <message>
        <source>Lingxi knowledge graph</source>
        <translation>灵犀知识图谱</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>re-weight a relation</source>
        <translation>调整关系权重</translation>
    </message>
    <message>
        <source>Relation saved.</source>
        <translation>关系已保存。</translation>
    </message>
    <message>
        <source>remove a relation</source>
        <translation>移除关系</translation>
    </message>
    <message>
        <source>Relation removed. Undo puts it back.</source>
        <translation>关系已移除，撤销可恢复。</translation>
    </message>
</context>
<context>
    <name>lx::ui::LexiconsWidget</name>
    <message>
        <source>Add a word list</source>
        <translation>添加词库</translation>
    </message>
    <message>
        <source>Word lists (*.txt *.csv);;All files (*)</source>
        <translation>词库 (*.txt *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Every compliance check in this workspace (templates, scripts, agents&apos; and the bot&apos;s replies) uses the shipped lists and the workspace&apos;s own. A hit inside a word of an allow-list is not reported. Changes apply at the next check; checks running meanwhile go on with the old lists.</source>
        <translation>本工作区的所有合规检查（模板、话术、客服和机器人的回复）都使用内置词库和工作区自己的词库。命中位于白名单词语之内的不报告。更改在下一次检查时生效，正在进行的检查继续使用旧词库。</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>词数</translation>
    </message>
    <message>
        <source>From file</source>
        <translation>来源文件</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>添加人</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>defaults to the file&apos;s name, e.g. brand_rivals</source>
        <translation>默认取文件名，例如 brand_rivals</translation>
    </message>
    <message>
        <source>Allow-list</source>
        <translation>白名单</translation>
    </message>
    <message>
        <source>Words that must not be reported even though they contain a listed word (e.g. 第一时间 next to 第一)</source>
        <translation>即使包含词库中的词也不报告的词语（例如“第一”之外的“第一时间”）</translation>
    </message>
    <message>
        <source>Add from file…</source>
        <translation>从文件添加…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Try the lists: type or paste a text; the hits show with their category and position.</source>
        <translation>试用词库：输入或粘贴文本，命中会连同类别和位置显示。</translation>
    </message>
    <message>
        <source>e.g. 全网第一的美白精华，加微信领取</source>
        <translation>例如：全网第一的美白精华，加微信领取</translation>
    </message>
    <message>
        <source>allow-list (shipped)</source>
        <translation>白名单（内置）</translation>
    </message>
    <message>
        <source>word list (shipped)</source>
        <translation>词库（内置）</translation>
    </message>
    <message>
        <source>allow-list (workspace)</source>
        <translation>白名单（工作区）</translation>
    </message>
    <message>
        <source>word list (workspace)</source>
        <translation>词库（工作区）</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Replaced “%1”: %n word(s).</source>
        <translation>
            <numerusform>已替换“%1”：%n 个词。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added “%1”: %n word(s).</source>
        <translation>
            <numerusform>已添加“%1”：%n 个词。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) skipped.</source>
        <translation>
            <numerusform>跳过 %n 个重复词。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bad line(s) skipped:</source>
        <translation>
            <numerusform>跳过 %n 个错误行：</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1 第 %2 行：%3</translation>
    </message>
    <message>
        <source>Removed “%1”.</source>
        <translation>已删除“%1”。</translation>
    </message>
    <message>
        <source>“%1” · %2 · characters %3–%4</source>
        <translation>“%1” · %2 · 第 %3–%4 字</translation>
    </message>
    <message>
        <source>No hits.</source>
        <translation>没有命中。</translation>
    </message>
</context>
<context>
    <name>lx::ui::LoginDialog</name>
    <message>
        <source>Lingxi — log in</source>
        <translation>灵犀 — 登录</translation>
    </message>
    <message>
        <source>Log in to Lingxi</source>
        <translation>登录灵犀</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>工作区：%1</translation>
    </message>
    <message>
        <source>Operator name</source>
        <translation>操作员名称</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Open another workspace…</source>
        <translation>打开其他工作区…</translation>
    </message>
    <message>
        <source>Demo workspace logins</source>
        <translation>演示工作区账户</translation>
    </message>
    <message>
        <source>This is a demo workspace. Click a row to fill in its login; double-click to log in.</source>
        <translation>这是演示工作区。单击一行填入账户，双击直接登录。</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在验证…</translation>
    </message>
    <message>
        <source>Enter your operator name and password.</source>
        <translation>请输入操作员名称和密码。</translation>
    </message>
</context>
<context>
    <name>lx::ui::MainWindow</name>
    <message>
        <source>My account</source>
        <translation>我的账户</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>工作区</translation>
    </message>
    <message>
        <source>Lingxi — %1</source>
        <translation>灵犀 — %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>&amp;Workspace</source>
        <translation>工作区(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>打开工作区(&amp;O)…</translation>
    </message>
    <message>
        <source>Create &amp;demo workspace…</source>
        <translation>创建演示工作区(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>退出登录(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Lingxi</source>
        <translation>关于灵犀(&amp;A)</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Scripts</source>
        <translation>话术库</translation>
    </message>
    <message>
        <source>Knowledge graph</source>
        <translation>知识图谱</translation>
    </message>
    <message>
        <source>Experiments</source>
        <translation>实验</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>用户画像</translation>
    </message>
    <message>
        <source>Sentiment models</source>
        <translation>情感模型</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>仪表盘</translation>
    </message>
    <message>
        <source>Model quality</source>
        <translation>模型质量</translation>
    </message>
    <message>
        <source>Bot dialogue</source>
        <translation>机器人对话</translation>
    </message>
    <message>
        <source>Lexicons</source>
        <translation>词库</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>有未保存的修改</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved yet.</source>
        <translation>“%1”有尚未保存的修改。</translation>
    </message>
</context>
<context>
    <name>lx::ui::ModelQualityWidget</name>
    <message>
        <source>sensitive: %1</source>
        <translation>敏感：%1</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>抽样</translation>
    </message>
    <message>
        <source>Nothing waiting for review. New samples are drawn each day from the model&apos;s answers at the desk.</source>
        <translation>没有待复核的内容。每天会从工作台上模型的判断中抽取新的样本。</translation>
    </message>
    <message numerus="yes">
        <source>%n prediction(s) waiting for review.</source>
        <translation>
            <numerusform>%n 条判断待复核。</numerusform>
        </translation>
    </message>
    <message>
        <source>No reviewed days yet.</source>
        <translation>还没有已复核的日期。</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <source>threshold %1 %</source>
        <translation>阈值 %1 %</translation>
    </message>
    <message>
        <source>accuracy of reviewed answers (%)</source>
        <translation>复核准确率（%）</translation>
    </message>
    <message>
        <source>Export corrections</source>
        <translation>导出更正</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV（*.csv）</translation>
    </message>
    <message>
        <source>%1 corrected answer(s) written to %2 (label,text) for retraining.</source>
        <translation>已将 %1 条更正写入 %2（label,text），可用于重新训练。</translation>
    </message>
    <message>
        <source>Model quality</source>
        <translation>模型质量</translation>
    </message>
    <message>
        <source>Review the model&apos;s answers: 1 negative · 2 neutral · 3 positive · Enter confirms the model. Answers on sensitive topics (medical, financial) are always here.</source>
        <translation>复核模型的判断：1 负面 · 2 中性 · 3 正面 · 回车确认模型的判断。涉及敏感话题（医疗、金融）的判断一律进入复核。</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Model says</source>
        <translation>模型判断</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <source>Why here</source>
        <translation>入选原因</translation>
    </message>
    <message>
        <source>Accuracy by day (95 % interval)</source>
        <translation>每日准确率（95 % 区间）</translation>
    </message>
    <message>
        <source>Export corrections…</source>
        <translation>导出更正…</translation>
    </message>
</context>
<context>
    <name>lx::ui::ModelsWidget</name>
    <message>
        <source>positive</source>
        <translation>正面</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>负面</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>中性</translation>
    </message>
    <message>
        <source>Training data</source>
        <translation>训练数据</translation>
    </message>
    <message>
        <source>CSV with label and text (*.csv);;All files (*)</source>
        <translation>含 label 和 text 的 CSV (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Industry vocabulary</source>
        <translation>行业词表</translation>
    </message>
    <message>
        <source>One term a line (*.txt);;All files (*)</source>
        <translation>每行一个词 (*.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Register model</source>
        <translation>加入模型</translation>
    </message>
    <message>
        <source>Save model</source>
        <translation>保存模型</translation>
    </message>
    <message>
        <source>Lingxi sentiment model (*.lxsent)</source>
        <translation>灵犀情感模型 (*.lxsent)</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Train a model</source>
        <translation>训练模型</translation>
    </message>
    <message>
        <source>The sentiment model labels every inbound message on this machine. Select models to compare them; the active one (★) is the one the desk and the bot use.</source>
        <translation>情感模型在本机为每条进线消息打标签。选中多个模型可并排比较；启用的模型（★）供坐席台和机器人使用。</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Accuracy (CV)</source>
        <translation>准确率（交叉验证）</translation>
    </message>
    <message>
        <source>Macro-F1 (CV)</source>
        <translation>宏平均 F1（交叉验证）</translation>
    </message>
    <message>
        <source>Trained by</source>
        <translation>训练人</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>加入时间</translation>
    </message>
    <message>
        <source>Make active</source>
        <translation>设为启用</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Try it</source>
        <translation>试一试</translation>
    </message>
    <message>
        <source>Type a customer message, e.g. 物流太慢了，客服也不回</source>
        <translation>输入一条客户消息，例如：物流太慢了，客服也不回</translation>
    </message>
    <message>
        <source>Train on your own industry&apos;s messages: a UTF-8 CSV with a header holding label (positive, neutral, negative, or 1/0) and text. Cross-validation shows how the model does on messages it has not seen; the final model is then trained on every row.</source>
        <translation>用本行业自己的消息训练：UTF-8 编码的 CSV，表头含 label（positive、neutral、negative 或 1/0）和 text。交叉验证显示模型在没见过的消息上的表现；随后用全部数据训练最终模型。</translation>
    </message>
    <message>
        <source>Training data…</source>
        <translation>训练数据…</translation>
    </message>
    <message>
        <source>Vocabulary…</source>
        <translation>词表…</translation>
    </message>
    <message>
        <source>Folds</source>
        <translation>折数</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>轮数</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Name for the trained model, e.g. 美妆评论 2026-11</source>
        <translation>为训练好的模型命名，例如：美妆评论 2026-11</translation>
    </message>
    <message>
        <source>Add to workspace</source>
        <translation>加入工作区</translation>
    </message>
    <message>
        <source>Save as file…</source>
        <translation>另存为文件…</translation>
    </message>
    <message>
        <source>Fold</source>
        <translation>折</translation>
    </message>
    <message>
        <source>Rows (train / validation)</source>
        <translation>行数（训练 / 验证）</translation>
    </message>
    <message>
        <source>Held-out category</source>
        <translation>留出的类别</translation>
    </message>
    <message>
        <source>Rows (train / held out)</source>
        <translation>行数（训练 / 留出）</translation>
    </message>
    <message>
        <source>held-out category %1, epoch %2</source>
        <translation>留出类别 %1，第 %2 轮</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>均值</translation>
    </message>
    <message>
        <source>epochs chosen here</source>
        <translation>轮数在此选定</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <source>Macro-F1</source>
        <translation>宏平均 F1</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>No industry vocabulary: words are read character by character and by ICU&apos;s dictionary.</source>
        <translation>未使用行业词表：按字和 ICU 词典切分。</translation>
    </message>
    <message>
        <source>No model yet: train one on the next tab.</source>
        <translation>还没有模型：请在下一个标签页训练。</translation>
    </message>
    <message>
        <source>No model yet: a marketer or supervisor trains one.</source>
        <translation>还没有模型：由营销人员或主管训练。</translation>
    </message>
    <message>
        <source>No model is active: messages are not labelled until one is made active.</source>
        <translation>没有启用的模型：启用一个模型之前，消息不会被打标签。</translation>
    </message>
    <message>
        <source>Active: %1</source>
        <translation>启用中：%1</translation>
    </message>
    <message>
        <source>Accuracy (mean ± sd over folds)</source>
        <translation>准确率（各折均值 ± 标准差）</translation>
    </message>
    <message>
        <source>Macro-F1 (mean ± sd)</source>
        <translation>宏平均 F1（均值 ± 标准差）</translation>
    </message>
    <message>
        <source>Rows trained on</source>
        <translation>训练行数</translation>
    </message>
    <message>
        <source>Folds / epochs</source>
        <translation>折数 / 轮数</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>特征数</translation>
    </message>
    <message>
        <source>Neutral band (2 labels)</source>
        <translation>中性区间（二分类）</translation>
    </message>
    <message>
        <source>Trained</source>
        <translation>训练时间</translation>
    </message>
    <message>
        <source>F1 %1</source>
        <translation>F1 %1</translation>
    </message>
    <message>
        <source>confidence below %1</source>
        <translation>置信度低于 %1</translation>
    </message>
    <message>
        <source>— (neutral is a label)</source>
        <translation>—（中性是一个标签）</translation>
    </message>
    <message>
        <source>Out-of-fold confusion (rows: true label)</source>
        <translation>折外混淆矩阵（行：真实标签）</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>True</source>
        <translation>真实</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>正在加载 %1…</translation>
    </message>
    <message>
        <source>Answers from %1 on %2</source>
        <translation>由 %1 在 %2 上作答</translation>
    </message>
    <message>
        <source>%1 (confidence %2)</source>
        <translation>%1（置信度 %2）</translation>
    </message>
    <message>
        <source>band (2-label model)</source>
        <translation>区间（二分类模型）</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>No training data chosen.</source>
        <translation>尚未选择训练数据。</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2（%3）</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s): </source>
        <translation>
            <numerusform>%1：%n 行：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped, first: %1</source>
        <translation>
            <numerusform>跳过 %n 行，第一条：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n term(s) become whole tokens.</source>
        <translation>
            <numerusform>%1：%n 个词作为整体切分。</numerusform>
        </translation>
    </message>
    <message>
        <source>Training a sentiment model on %1</source>
        <translation>正在用 %1 训练情感模型</translation>
    </message>
    <message>
        <source>fold %1 of %2, epoch %3</source>
        <translation>第 %1/%2 折，第 %3 轮</translation>
    </message>
    <message>
        <source>final model, epoch %1</source>
        <translation>最终模型，第 %1 轮</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在开始…</translation>
    </message>
    <message>
        <source>final model, training</source>
        <translation>最终模型（训练）</translation>
    </message>
    <message>
        <source>fold %1 training</source>
        <translation>第 %1 折（训练）</translation>
    </message>
    <message>
        <source>fold %1 validation</source>
        <translation>第 %1 折（验证）</translation>
    </message>
    <message>
        <source>mean ± sd</source>
        <translation>均值 ± 标准差</translation>
    </message>
    <message>
        <source>%1 epoch(s) chosen</source>
        <translation>选定 %1 轮</translation>
    </message>
    <message>
        <source>Done in %1 s: mean accuracy %2 over %3 folds. Add the model to the workspace to compare and use it.</source>
        <translation>用时 %1 秒完成：%3 折平均准确率 %2。把模型加入工作区即可比较和使用。</translation>
    </message>
    <message>
        <source>Train a model first</source>
        <translation>请先训练模型</translation>
    </message>
    <message>
        <source>Added to the workspace as &quot;%1&quot;.</source>
        <translation>已作为“%1”加入工作区。</translation>
    </message>
    <message>
        <source>Import TorchScript…</source>
        <translation>导入 TorchScript…</translation>
    </message>
    <message>
        <source>A classifier trained elsewhere (for example a fine-tuned BERT saved with torch.jit) and its WordPiece vocab.txt</source>
        <translation>在别处训练的分类器（例如用 torch.jit 保存的微调 BERT）及其 WordPiece vocab.txt</translation>
    </message>
    <message>
        <source>— (imported)</source>
        <translation>—（导入）</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>WordPiece, %1 tokens</source>
        <translation>WordPiece，%1 个词元</translation>
    </message>
    <message>
        <source>Import a TorchScript classifier</source>
        <translation>导入 TorchScript 分类器</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>negative, positive</source>
        <translation>负面、正面</translation>
    </message>
    <message>
        <source>negative, neutral, positive</source>
        <translation>负面、中性、正面</translation>
    </message>
    <message>
        <source>positive, negative</source>
        <translation>正面、负面</translation>
    </message>
    <message>
        <source>positive, neutral, negative</source>
        <translation>正面、中性、负面</translation>
    </message>
    <message>
        <source>Model (.pt)</source>
        <translation>模型（.pt）</translation>
    </message>
    <message>
        <source>TorchScript (*.pt *.pth *.ts);;All files (*)</source>
        <translation>TorchScript (*.pt *.pth *.ts);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Vocabulary</source>
        <translation>词表</translation>
    </message>
    <message>
        <source>WordPiece vocabulary (vocab.txt *.txt);;All files (*)</source>
        <translation>WordPiece 词表 (vocab.txt *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Labels, in the order of the outputs</source>
        <translation>标签（按输出顺序）</translation>
    </message>
    <message>
        <source>Maximum tokens</source>
        <translation>最大词元数</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>Imported as model %1.</source>
        <translation>已导入为模型 %1。</translation>
    </message>
    <message>
        <source>Select a model above to try it.</source>
        <translation>在上方选中一个模型即可试用。</translation>
    </message>
    <message>
        <source>Select a model to see its confusion matrix</source>
        <translation>选中一个模型即可查看其混淆矩阵</translation>
    </message>
    <message>
        <source>This model has no cross-validation of ours</source>
        <translation>该模型没有本系统的交叉验证结果</translation>
    </message>
    <message>
        <source>Fine-tune a pretrained encoder</source>
        <translation>微调预训练编码器</translation>
    </message>
</context>
<context>
    <name>lx::ui::NewExperimentDialog</name>
    <message>
        <source>Click-through rate</source>
        <translation>点击率</translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation>转化率</translation>
    </message>
    <message>
        <source>Engagement rate</source>
        <translation>互动率</translation>
    </message>
    <message>
        <source>New experiment</source>
        <translation>新建实验</translation>
    </message>
    <message>
        <source>Template or script</source>
        <translation>模板或话术</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>变体</translation>
    </message>
    <message>
        <source>Primary metric</source>
        <translation>主指标</translation>
    </message>
    <message>
        <source>Guardrails</source>
        <translation>护栏指标</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>运行时间</translation>
    </message>
    <message>
        <source>#%1 %2 — blocked by the quality gate</source>
        <translation>#%1 %2 — 未通过质量关卡</translation>
    </message>
    <message>
        <source>Fewer than two templates or scripts pass the quality gate: fix them in their editor, or ask a supervisor to let one out.</source>
        <translation>通过质量关卡的模板或话术不足两个：请在编辑器中修改，或请主管放行。</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>of an experiment, not a person</comment>
        <translation>实验名称</translation>
    </message>
</context>
<context>
    <name>lx::ui::NotificationCenter</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1，另有 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new since you logged in.</source>
        <translation>登录以来没有新通知。</translation>
    </message>
    <message>
        <source>Play a sound</source>
        <translation>播放提示音</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n 条新通知</numerusform>
        </translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>What happened to your conversations since you logged in</source>
        <translation>登录以来您的会话发生了什么</translation>
    </message>
    <message numerus="yes">
        <source>Lingxi: %n new</source>
        <translation>
            <numerusform>灵犀：%n 条新通知</numerusform>
        </translation>
    </message>
    <message>
        <source>Lingxi</source>
        <translation>灵犀</translation>
    </message>
</context>
<context>
    <name>lx::ui::OperatorsWidget</name>
    <message>
        <source>Role changed.</source>
        <translation>角色已变更。</translation>
    </message>
    <message>
        <source>Account disabled: it can no longer log in.</source>
        <translation>账户已停用：它将无法再登录。</translation>
    </message>
    <message>
        <source>Account enabled.</source>
        <translation>账户已启用。</translation>
    </message>
    <message>
        <source>Account unlocked.</source>
        <translation>账户已解锁。</translation>
    </message>
    <message>
        <source>Password reset. Tell the operator the new password in person.</source>
        <translation>密码已重置。请当面告知该操作员新密码。</translation>
    </message>
    <message>
        <source>Operator %1 added.</source>
        <translation>已添加操作员 %1。</translation>
    </message>
    <message>
        <source>Selected operator</source>
        <translation>所选操作员</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Apply role</source>
        <translation>应用角色</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Add an operator</source>
        <translation>添加操作员</translation>
    </message>
    <message>
        <source>Login name</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Initial password</source>
        <translation>初始密码</translation>
    </message>
    <message>
        <source>Add operator</source>
        <translation>添加操作员</translation>
    </message>
    <message>
        <source>Select an operator in the table.</source>
        <translation>请在表格中选择一位操作员。</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>正在处理…</translation>
    </message>
</context>
<context>
    <name>lx::ui::ProfilesWidget</name>
    <message>
        <source>Any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>VIP only</source>
        <translation>仅 VIP</translation>
    </message>
    <message>
        <source>Not VIP</source>
        <translation>非 VIP</translation>
    </message>
    <message>
        <source>Any (not for sending)</source>
        <translation>不限（不可用于发送）</translation>
    </message>
    <message>
        <source>Consented: %1</source>
        <translation>已同意：%1</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>分层</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>No behaviour tag applies yet.</source>
        <translation>暂无符合的行为标签。</translation>
    </message>
    <message>
        <source>No consent to profiling: no behaviour tags.</source>
        <translation>未同意用户画像：不打行为标签。</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>%1 on %2 via %3</source>
        <translation>%2 通过 %3 %1</translation>
    </message>
    <message>
        <source>granted</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>撤回</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>never given</source>
        <translation>从未给出</translation>
    </message>
    <message>
        <source>Under 14: sensitive personal information; selectable only with the separate consent.</source>
        <translation>不满 14 周岁：属于敏感个人信息，仅在取得单独同意后才能被圈选。</translation>
    </message>
    <message numerus="yes">
        <source>Events (%n in all)</source>
        <translation>
            <numerusform>行为事件（共 %n 条）</numerusform>
        </translation>
    </message>
    <message>
        <source>No events recorded.</source>
        <translation>没有记录到行为事件。</translation>
    </message>
    <message>
        <source>%1: %2 users</source>
        <translation>%1：%2 人</translation>
    </message>
    <message>
        <source>%1: %2 users, %3 % of the step before, %4 % of the first</source>
        <translation>%1：%2 人，占上一步 %3 %，占第一步 %4 %</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message numerus="yes">
        <source>A user counts at a step when they did it after the step before, within %n day(s) of the first step.</source>
        <translation>
            <numerusform>用户在上一步之后、且在第一步后 %n 天内完成该步，才计入该步。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import events</source>
        <translation>导入行为事件</translation>
    </message>
    <message>
        <source>Import profiles</source>
        <translation>导入用户画像</translation>
    </message>
    <message>
        <source>Profile data (*.jsonl *.json *.csv *.xml);;All files (*)</source>
        <translation>用户数据 (*.jsonl *.json *.csv *.xml);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Importing events from %1</source>
        <translation>正在从 %1 导入行为事件</translation>
    </message>
    <message>
        <source>Importing profiles from %1</source>
        <translation>正在从 %1 导入用户画像</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Read %1 record(s): %2 new, %3 updated, %4 unchanged, %5 rejected.</source>
        <translation>读取 %1 条记录：新增 %2，更新 %3，未变 %4，拒收 %5。</translation>
    </message>
    <message>
        <source>Cancelled: the batches before the cancel are kept.</source>
        <translation>已取消：取消前已写入的批次保留。</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>Every rejected record is listed in %1</source>
        <translation>所有被拒收的记录列在 %1</translation>
    </message>
    <message>
        <source>Build a segment from layers, tags, value tier, consent and attitude. Marketers see masked data only; choose a consent before using a segment for messages or experiments.</source>
        <translation>按分层、标签、价值分层、同意状态和态度圈选人群。营销人员只能看到脱敏数据；用于发送消息或实验前，请先选定同意条件。</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Segment expression, e.g. age_band=25-34 and consent=marketing</source>
        <translation>人群表达式，例如 age_band=25-34 and consent=marketing</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>全部用户</translation>
    </message>
    <message>
        <source>Import profiles…</source>
        <translation>导入用户画像…</translation>
    </message>
    <message>
        <source>Import events…</source>
        <translation>导入行为事件…</translation>
    </message>
    <message>
        <source>%1 user(s)</source>
        <translation>%1 名用户</translation>
    </message>
    <message>
        <source>counted in %1 ms</source>
        <translation>统计用时 %1 毫秒</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>漏斗</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Window (days)</source>
        <translation>窗口（天）</translation>
    </message>
    <message>
        <source>Show funnel</source>
        <translation>显示漏斗</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>. </source>
        <translation>。</translation>
    </message>
    <message>
        <source>Checking the rules and tagging every user again…</source>
        <translation>正在检查规则并重新为所有用户打标签…</translation>
    </message>
    <message>
        <source>City tiers: %1</source>
        <translation>城市等级：%1</translation>
    </message>
    <message>
        <source>Tag rules: %1</source>
        <translation>标签规则：%1</translation>
    </message>
    <message>
        <source>Rules saved; every user was tagged again.</source>
        <translation>规则已保存，所有用户已重新打标签。</translation>
    </message>
    <message>
        <source>Tag rules and city tiers</source>
        <translation>标签规则与城市等级</translation>
    </message>
    <message>
        <source>Tag rules (JSON)</source>
        <translation>标签规则（JSON）</translation>
    </message>
    <message>
        <source>Both are checked whole before anything changes; a bad row is named by its line. Saving tags every user again.</source>
        <translation>保存前会整体检查，错误的行会标出行号；保存后将为所有用户重新打标签。</translation>
    </message>
    <message>
        <source>Tag rules and city tiers…</source>
        <translation>标签规则与城市等级…</translation>
    </message>
    <message>
        <source>City tiers (CSV)</source>
        <translation>城市等级（CSV）</translation>
    </message>
    <message>
        <source>Out of date: counted for the segment “%1”, not the one now chosen; Show funnel counts it again.</source>
        <translation>已过期：这是按分群“%1”统计的，不是当前所选分群；点击“显示漏斗”重新统计。</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>全部用户</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>有未保存的修改</translation>
    </message>
    <message>
        <source>The tag rules or city tiers have changes that are not saved yet.</source>
        <translation>标签规则或城市分级有尚未保存的修改。</translation>
    </message>
</context>
<context>
    <name>lx::ui::QueueWidget</name>
    <message>
        <source>Negative message in your conversation</source>
        <translation>您的会话中出现负面消息</translation>
    </message>
    <message>
        <source>Third negative message: escalated</source>
        <translation>第三条负面消息：已升级</translation>
    </message>
    <message>
        <source>Another negative message (supervisor queue)</source>
        <translation>又一条负面消息（主管队列）</translation>
    </message>
    <message>
        <source>Escalated by an agent</source>
        <translation>坐席手动升级</translation>
    </message>
    <message>
        <source>First reply due soon</source>
        <translation>首次回复即将超时</translation>
    </message>
    <message>
        <source>First reply overdue: escalated</source>
        <translation>首次回复超时：已升级</translation>
    </message>
    <message>
        <source>Callback due soon</source>
        <translation>回访即将到期</translation>
    </message>
    <message>
        <source>Callback missed: escalated</source>
        <translation>回访超时：已升级</translation>
    </message>
    <message>
        <source>%1 yours · %2 waiting · %3 with supervisors · %4 with the bot · %5 overdue</source>
        <translation>我的 %1 · 排队 %2 · 主管 %3 · 机器人 %4 · 超时 %5</translation>
    </message>
    <message>
        <source> · working hours</source>
        <translation> · 工作时间内</translation>
    </message>
    <message>
        <source> · outside working hours: clocks paused until %1</source>
        <translation> · 非工作时间：计时暂停至 %1</translation>
    </message>
    <message>
        <source> · the calendar has no public holidays for %1</source>
        <translation> · 日历中没有 %1 年的法定节假日</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>No alerts in the last 24 hours.</source>
        <translation>过去 24 小时没有提醒。</translation>
    </message>
    <message>
        <source>Select a conversation first.</source>
        <translation>请先选择一个会话。</translation>
    </message>
    <message>
        <source>You have taken over conversation #%1; the bot has stopped in it.</source>
        <translation>您已接管会话 #%1，机器人已停止回复。</translation>
    </message>
    <message>
        <source>Nobody is waiting.</source>
        <translation>当前没有排队的用户。</translation>
    </message>
    <message>
        <source>Everyone waiting was taken by someone else.</source>
        <translation>排队的会话都已被其他人接管。</translation>
    </message>
    <message>
        <source>Assign conversation #%1</source>
        <translation>分配会话 #%1</translation>
    </message>
    <message>
        <source>Over capacity</source>
        <translation>超出接待上限</translation>
    </message>
    <message>
        <source>Assign anyway?</source>
        <translation>仍然分配吗？</translation>
    </message>
    <message>
        <source>Conversation #%1 assigned to %2.</source>
        <translation>会话 #%1 已分配给 %2。</translation>
    </message>
    <message>
        <source>Export complaint records</source>
        <translation>导出投诉记录</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV（*.csv）</translation>
    </message>
    <message>
        <source>%1 complaint record(s) written to %2 (label,text) for retraining the model.</source>
        <translation>已将 %1 条投诉记录写入 %2（label,text），可用于重新训练模型。</translation>
    </message>
    <message>
        <source>Queues (all agents)</source>
        <translation>全部队列（所有坐席）</translation>
    </message>
    <message>
        <source>My queue</source>
        <translation>我的队列</translation>
    </message>
    <message>
        <source>My status:</source>
        <translation>我的状态：</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>全部未关闭</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>Supervisor queue</source>
        <translation>主管队列</translation>
    </message>
    <message>
        <source>With the bot</source>
        <translation>机器人处理中</translation>
    </message>
    <message>
        <source>Closed today</source>
        <translation>今日已关闭</translation>
    </message>
    <message>
        <source>Take over</source>
        <translation>接管</translation>
    </message>
    <message>
        <source>Take the selected conversation from the bot or the queue (Ctrl+T)</source>
        <translation>从机器人或队列接管所选会话（Ctrl+T）</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <source>Take the most urgent waiting conversation (Ctrl+N)</source>
        <translation>接管最紧急的排队会话（Ctrl+N）</translation>
    </message>
    <message>
        <source>Agents: presence and load</source>
        <translation>坐席：状态与负荷</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>Assign to…</source>
        <translation>分配给…</translation>
    </message>
    <message>
        <source>Export complaints…</source>
        <translation>导出投诉…</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Shortcuts: Ctrl+T take over · Ctrl+N next waiting · Ctrl+B hand back to the bot · Ctrl+Enter send · / insert a script</source>
        <translation>快捷键：Ctrl+T 接管 · Ctrl+N 下一个排队 · Ctrl+B 交还机器人 · Ctrl+Enter 发送 · / 插入话术</translation>
    </message>
    <message>
        <source>Desk rules saved; new messages and clocks follow them.</source>
        <translation>工作台规则已保存；新消息与计时将按新规则执行。</translation>
    </message>
    <message>
        <source>Select an agent first.</source>
        <translation>请先选择一位坐席。</translation>
    </message>
    <message>
        <source>Capacity of %1</source>
        <translation>%1 的接待上限</translation>
    </message>
    <message>
        <source>Conversations at a time:</source>
        <translation>同时接待会话数：</translation>
    </message>
    <message>
        <source>Desk rules…</source>
        <translation>工作台规则…</translation>
    </message>
    <message>
        <source>Capacity…</source>
        <translation>接待上限…</translation>
    </message>
    <message>
        <source>The desk&apos;s SLA and assignment check failed: %1</source>
        <translation>工作台的 SLA 与分配检查失败：%1</translation>
    </message>
    <message>
        <source>%1 — %2 of %3, %4</source>
        <translation>%1 — 接待 %2/%3，%4</translation>
    </message>
    <message>
        <source>Agent (conversations held of capacity):</source>
        <translation>坐席（当前接待/上限）：</translation>
    </message>
    <message>
        <source>Conversation #%1 assigned to %2; %3.</source>
        <translation>会话 #%1 已分配给 %2；%3。</translation>
    </message>
    <message>
        <source>New message in your conversation</source>
        <translation>您的会话有新消息</translation>
    </message>
    <message>
        <source>Conversation assigned to you</source>
        <translation>有会话分配给您</translation>
    </message>
    <message>
        <source>Back to the queue: not answered in time</source>
        <translation>未及时回复：会话已退回队列</translation>
    </message>
    <message numerus="yes">
        <source>%n with a new customer message (●)</source>
        <translation>
            <numerusform>%n 个会话有客户新消息（●）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lx::ui::RelationDialog</name>
    <message>
        <source>Edit relation</source>
        <translation>编辑关系</translation>
    </message>
    <message>
        <source>Connect concepts</source>
        <translation>连接概念</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Weight (0–1)</source>
        <translation>权重（0–1）</translation>
    </message>
</context>
<context>
    <name>lx::ui::ReplyAssistPanel</name>
    <message>
        <source>Suggest replies</source>
        <translation>建议回复</translation>
    </message>
    <message>
        <source>Up to three replies drafted from the approved scripts, the profile and the conversation; each passes the quality gate; nothing is sent until you send it</source>
        <translation>根据已审核话术、用户画像和对话起草最多三条回复；每条都经过质量关卡；您不发送就不会发出</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>会话摘要</translation>
    </message>
    <message>
        <source>A one-paragraph summary of the conversation for hand-over and escalation</source>
        <translation>一段话的会话摘要，供交接和升级使用</translation>
    </message>
    <message>
        <source>Drafting replies…</source>
        <translation>正在起草回复…</translation>
    </message>
    <message>
        <source>Click to put it in the reply box</source>
        <translation>点击放入回复框</translation>
    </message>
    <message>
        <source>No suggestion passed the quality gate; write the reply yourself.</source>
        <translation>没有建议通过质量关卡，请自行撰写回复。</translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s), checked by the quality gate: click one to edit it in the reply box.</source>
        <translation>
            <numerusform>%n 条建议，均已通过质量关卡：点击一条即可在回复框中修改。</numerusform>
        </translation>
    </message>
    <message>
        <source>Summarising…</source>
        <translation>正在生成摘要…</translation>
    </message>
    <message>
        <source>Summary of the conversation (a draft: check it before you pass it on):</source>
        <translation>会话摘要（草稿：转交前请核对）：</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stopped; the summary is cut short.</source>
        <translation>已停止；摘要不完整。</translation>
    </message>
</context>
<context>
    <name>lx::ui::SettingsDialog</name>
    <message>
        <source>Workspace opened at start-up</source>
        <translation>启动时打开的工作区</translation>
    </message>
    <message>
        <source>Lingxi workspace (*.lingxi)</source>
        <translation>灵犀工作区 (*.lingxi)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Workspace at start-up</source>
        <translation>启动时的工作区</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>Now open: %1. A different start-up workspace is opened the next time Lingxi starts; use Workspace ▸ Open workspace… to switch now.</source>
        <translation>当前打开：%1。更改后的启动工作区将在下次启动灵犀时打开；如需立即切换，请使用“工作区 ▸ 打开工作区…”。</translation>
    </message>
    <message>
        <source>Reply model folder</source>
        <translation>回复模型文件夹</translation>
    </message>
    <message>
        <source>Reply model</source>
        <translation>回复模型</translation>
    </message>
    <message>
        <source>none: reply suggestions and drafts are off</source>
        <translation>未设置：回复建议和文案草稿不可用</translation>
    </message>
    <message>
        <source>A Qwen2-family checkpoint folder (config.json, model.safetensors, tokenizer.json), e.g. Qwen2.5-0.5B-Instruct downloaded once. It drafts reply suggestions at the desk, hand-over summaries and template drafts on this machine; nothing is sent without a person.</source>
        <translation>Qwen2 系列检查点文件夹（含 config.json、model.safetensors、tokenizer.json），例如下载一次的 Qwen2.5-0.5B-Instruct。它在本机为坐席台起草回复建议、交接摘要和模板草稿；没有人工确认不会发出任何内容。</translation>
    </message>
</context>
<context>
    <name>lx::ui::TaskProgressWidget</name>
    <message>
        <source>Cancel %1</source>
        <translation>取消%1</translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation>%1：完成</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1失败：%2</translation>
    </message>
    <message>
        <source>%1: cancelled</source>
        <translation>%1：已取消</translation>
    </message>
</context>
<context>
    <name>lx::ui::TemplatesWidget</name>
    <message>
        <source>Technology</source>
        <translation>科技</translation>
    </message>
    <message>
        <source>Beauty</source>
        <translation>美妆</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>教育</translation>
    </message>
    <message>
        <source>Product inquiry</source>
        <translation>产品咨询</translation>
    </message>
    <message>
        <source>Appointment guidance</source>
        <translation>预约引导</translation>
    </message>
    <message>
        <source>Complaint handling</source>
        <translation>投诉处理</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Created “%1”.</source>
        <translation>已创建“%1”。</translation>
    </message>
    <message>
        <source>Read-only: your role may not edit templates.</source>
        <translation>只读：您的角色无权编辑模板。</translation>
    </message>
    <message>
        <source>Read-only: your role may not edit scripts.</source>
        <translation>只读：您的角色无权编辑话术。</translation>
    </message>
    <message>
        <source>Name of a new template</source>
        <translation>新模板名称</translation>
    </message>
    <message>
        <source>Name of a new script</source>
        <translation>新话术名称</translation>
    </message>
    <message>
        <source>New from this</source>
        <translation>以此新建</translation>
    </message>
    <message>
        <source>What changed (optional)</source>
        <translation>修改说明（可选）</translation>
    </message>
    <message>
        <source>Save as new version</source>
        <translation>保存为新版本</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Content type</source>
        <translation>内容类型</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>变量</translation>
    </message>
    <message>
        <source>Sample value</source>
        <translation>示例取值</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>长度</translation>
    </message>
    <message>
        <source>Term density</source>
        <translation>术语密度</translation>
    </message>
    <message>
        <source>Preview and check</source>
        <translation>预览与检查</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史版本</translation>
    </message>
    <message>
        <source>%1 — version %2, %3, %4</source>
        <translation>%1 — 版本 %2，%3，%4</translation>
    </message>
    <message numerus="yes">
        <source>%n variable(s), all known.</source>
        <translation>
            <numerusform>%n 个变量，均可识别。</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown variables: %1</source>
        <translation>未知变量：%1</translation>
    </message>
    <message>
        <source>%1 characters (%2–%3)</source>
        <translation>%1 个字符（%2–%3）</translation>
    </message>
    <message>
        <source>%1 % (limit %2 %)</source>
        <translation>%1 %（上限 %2 %）</translation>
    </message>
    <message>
        <source>“%1” · %2 · at %3</source>
        <translation>“%1” · %2 · 位置 %3</translation>
    </message>
    <message>
        <source>No compliance hits.</source>
        <translation>未发现合规问题。</translation>
    </message>
    <message>
        <source>Loading the compliance lists…</source>
        <translation>正在加载合规词库…</translation>
    </message>
    <message>
        <source>Nothing blocks publishing.</source>
        <translation>可以发布。</translation>
    </message>
    <message>
        <source>Missing values: %1</source>
        <translation>缺少取值：%1</translation>
    </message>
    <message>
        <source>Saved as version %1.</source>
        <translation>已保存为版本 %1。</translation>
    </message>
    <message>
        <source>v%1 · %2 · %3%4</source>
        <translation>v%1 · %2 · %3%4</translation>
    </message>
    <message>
        <source>Only one version so far. Select two versions to compare them.</source>
        <translation>目前只有一个版本。选择两个版本即可比较。</translation>
    </message>
    <message>
        <source>Select two versions to compare them.</source>
        <translation>选择两个版本即可比较。</translation>
    </message>
    <message>
        <source>From version %1 to version %2</source>
        <translation>从版本 %1 到版本 %2</translation>
    </message>
    <message>
        <source>WeChat Moments</source>
        <translation>微信朋友圈</translation>
    </message>
    <message>
        <source>Weibo</source>
        <translation>微博</translation>
    </message>
    <message>
        <source>Xiaohongshu</source>
        <translation>小红书</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>技术</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>营销</translation>
    </message>
    <message>
        <source>News</source>
        <translation>新闻</translation>
    </message>
    <message>
        <source>%1 %2 it (%3)</source>
        <translation>%1 %2 它（%3）</translation>
    </message>
    <message>
        <source>Knowledge graph: the text mentions no concept of the graph yet.</source>
        <translation>知识图谱：文中还没有提到图谱中的概念。</translation>
    </message>
    <message>
        <source>Knowledge graph: mentions %1.</source>
        <translation>知识图谱：提到了 %1。</translation>
    </message>
    <message>
        <source>Related, worth a mention: %1.</source>
        <translation>相关、值得一提：%1。</translation>
    </message>
    <message>
        <source>Written for</source>
        <translation>适用平台</translation>
    </message>
    <message>
        <source>any platform</source>
        <translation>任意平台</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>适用人群</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>interest or habit tags, comma-separated (美妆达人, price_sensitive)</source>
        <translation>兴趣或消费习惯标签，逗号分隔（美妆达人, price_sensitive）</translation>
    </message>
    <message>
        <source>Save audience</source>
        <translation>保存适用人群</translation>
    </message>
    <message>
        <source>Preview for</source>
        <translation>预览对象</translation>
    </message>
    <message>
        <source>a user, e.g. wechat:wx_1024 (empty: sample values)</source>
        <translation>用户，例如 wechat:wx_1024（留空：示例取值）</translation>
    </message>
    <message>
        <source>Choose template</source>
        <translation>匹配模板</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>from the user&apos;s profile</source>
        <translation>来自该用户的画像</translation>
    </message>
    <message>
        <source>any</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>%1
version %2 · %3</source>
        <translation>%1
版本 %2 · %3</translation>
    </message>
    <message>
        <source>Audience saved: %1, %2.</source>
        <translation>已保存适用人群：%1，%2。</translation>
    </message>
    <message>
        <source>For %1 (%2%3): &lt;b&gt;%4&lt;/b&gt; — %5.</source>
        <translation>用户 %1（%2%3）：&lt;b&gt;%4&lt;/b&gt; — %5。</translation>
    </message>
    <message>
        <source>Open it</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>(this template)</source>
        <translation>（即本模板）</translation>
    </message>
    <message>
        <source>The preview uses this user&apos;s audience: %1.</source>
        <translation>预览使用该用户的人群：%1。</translation>
    </message>
    <message>
        <source>%1; tags: %2</source>
        <translation>%1；标签：%2</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>有未保存的修改</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved yet.</source>
        <translation>“%1”有尚未保存的修改。</translation>
    </message>
    <message>
        <source>Let it out anyway…</source>
        <translation>仍然放行…</translation>
    </message>
    <message>
        <source>Supervisors only: this version may go out despite the problems; the reason is kept in the audit log</source>
        <translation>仅限主管：此版本可在存在问题的情况下发出；理由记入审计日志</translation>
    </message>
    <message>
        <source>Let out by %1 despite the quality gate: %2</source>
        <translation>由 %1 放行（未通过质量关卡）：%2</translation>
    </message>
    <message>
        <source>Blocked by the quality gate: %1</source>
        <translation>未通过质量关卡：%1</translation>
    </message>
    <message>
        <source>Checking against the compliance lists…</source>
        <translation>正在对照合规词库检查…</translation>
    </message>
    <message>
        <source>Let out anyway by %1: “%2”.</source>
        <translation>已由 %1 放行：“%2”。</translation>
    </message>
    <message>
        <source>(with the platform, type or values chosen here)</source>
        <translation>（按此处选择的平台、类型或取值）</translation>
    </message>
    <message>
        <source>Until it is fixed, or a supervisor lets it out, it is not used in experiments or sent.</source>
        <translation>在修改或主管放行之前，它不会用于实验，也不会发送。</translation>
    </message>
    <message>
        <source>Let blocked content out</source>
        <translation>放行未通过的内容</translation>
    </message>
    <message>
        <source>Version %1 of “%2” is blocked by the quality gate. Why may it go out anyway? The reason is kept in the audit log.</source>
        <translation>“%2”的第 %1 版未通过质量关卡。为什么仍可发出？理由将记入审计日志。</translation>
    </message>
    <message>
        <source>Version %1 may go out despite the quality gate; the reason is in the audit log.</source>
        <translation>第 %1 版已放行，理由已记入审计日志。</translation>
    </message>
    <message>
        <source>Saved as version %1, marked as blocked: it is a draft until the problems are fixed or a supervisor lets it out.</source>
        <translation>已保存为第 %1 版，标记为未通过：在问题修正或主管放行之前，它只是草稿。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) block publishing: %1.</source>
        <translation>
            <numerusform>%n 个问题阻止发布：%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Draft a variant</source>
        <translation>起草变体</translation>
    </message>
    <message>
        <source>The reply model writes a variant of this template for its platform and audience; it is not saved until you save it</source>
        <translation>回复模型按该模板的平台和人群写一个变体；在您保存之前不会存入</translation>
    </message>
    <message>
        <source>Drafting a variant…</source>
        <translation>正在起草变体…</translation>
    </message>
    <message>
        <source>The model wrote nothing; try again.</source>
        <translation>模型没有写出内容，请重试。</translation>
    </message>
    <message>
        <source>Draft from the reply model, not saved: read it, let the quality check below pass, edit, then save it as a new version (Ctrl+Z restores the previous text).</source>
        <translation>回复模型起草的草稿，尚未保存：请阅读、确认下方质量检查通过并修改后，再保存为新版本（Ctrl+Z 可恢复原文）。</translation>
    </message>
</context>
<context>
    <name>lx::ui::WelcomeDialog</name>
    <message>
        <source>Welcome to Lingxi</source>
        <translation>欢迎使用灵犀</translation>
    </message>
    <message>
        <source>Lingxi keeps everything — operators, conversations, templates, models and the audit log — in one workspace file on this computer. Choose how to begin.</source>
        <translation>灵犀把所有内容——操作员、会话、模板、模型和审计日志——保存在本机的一个工作区文件中。请选择如何开始。</translation>
    </message>
    <message>
        <source>The workspace could not be opened: %1</source>
        <translation>无法打开工作区：%1</translation>
    </message>
    <message>
        <source>Try the demo workspace</source>
        <translation>试用演示工作区</translation>
    </message>
    <message>
        <source>A separate file with one operator per role; its logins are shown on the login screen.</source>
        <translation>一个独立文件，每种角色各有一位操作员；登录界面会显示其账户。</translation>
    </message>
    <message>
        <source>Create an empty workspace…</source>
        <translation>创建空白工作区…</translation>
    </message>
    <message>
        <source>Open an existing workspace…</source>
        <translation>打开现有工作区…</translation>
    </message>
</context>
<context>
    <name>lx::ui::WorkspaceWidget</name>
    <message>
        <source>Back up the workspace to</source>
        <translation>将工作区备份到</translation>
    </message>
    <message>
        <source>Lingxi workspace (*.lingxi)</source>
        <translation>灵犀工作区 (*.lingxi)</translation>
    </message>
    <message>
        <source>This workspace</source>
        <translation>本工作区</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Workspace id</source>
        <translation>工作区 ID</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>架构版本</translation>
    </message>
    <message>
        <source>Size on disk</source>
        <translation>磁盘占用</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Demo workspace</source>
        <translation>演示工作区</translation>
    </message>
    <message>
        <source>Integrity and backup</source>
        <translation>完整性与备份</translation>
    </message>
    <message>
        <source>Check integrity</source>
        <translation>检查完整性</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>备份文件</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>%1 (this version writes %2)</source>
        <translation>%1（本版本写入 %2）</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Checking the workspace</source>
        <translation>检查工作区</translation>
    </message>
    <message>
        <source>integrity and foreign keys</source>
        <translation>完整性与外键</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found</source>
        <translation>
            <numerusform>发现 %n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <source>Integrity ok, foreign keys ok.</source>
        <translation>完整性正常，外键正常。</translation>
    </message>
    <message>
        <source>Backing up the workspace</source>
        <translation>备份工作区</translation>
    </message>
    <message>
        <source>Backed up to %1 (%2).</source>
        <translation>已备份到 %1（%2）。</translation>
    </message>
</context>
</TS>
