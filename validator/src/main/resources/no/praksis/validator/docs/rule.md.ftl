<#ftl strip_whitespace=true>
<#--
  The page of one rule, in Markdown: the fixed sections (Summary, Legal basis, Why, Avoid, Prefer,
  Waivers) in the order Regal's rule pages have. RuleDocs gives every text already in the page's
  languages (labels.* and the lists one item per language); this template only lays them out. The
  committed pages in docs/rules/ also get "files": the stamp on top and the links to the rule's files.
-->
<#macro quote text indent>

${indent}> ${text}

</#macro>
<#if files??>
<!--
  ${labels.generated}
  ${labels.edit}: ${files.ruleFile}
  ${labels.regenerate}: ${regenerate}
-->

</#if>
# ${id}

<#list summary as text>
*${text}*

</#list>

| ${labels.severity} | ${severity} |
|---|---|
| ${labels.waivable} | <#if waivable>${labels.yes}<#else>${labels.no}</#if> |
| ${labels.applies} | ${applies} |
| ${labels.detectedBy} | ${detectedBy} |

## ${labels.legalBasis}

<#list legalBasis as entry>
<#if entry.kind == "guideline">
- ${labels.guideline}<#if entry.article??>, ${entry.article}</#if>.
<#if entry.quote??><@quote text=entry.quote indent="  "/></#if>
<#elseif entry.kind == "guidelines">
- ${labels.guidelines}:
<#list entry.wordings as wording>
  - ${wording.instrument} ${wording.article}
<#if wording.quote??><@quote text=wording.quote indent="    "/></#if>
</#list>
<#else>
<#if entry.rammeplanScope??>
- ${labels.rammeplanScope}
</#if>
<#list entry.versions as version>
- [${version.id} ${version.article}](${version.url}) – ${version.title}<#if version.inForce??> (${version.inForce})</#if>
<#if version.quote??><@quote text=version.quote indent="  "/></#if>
</#list>
<#if entry.quote??><@quote text=entry.quote indent="  "/></#if>
</#if>
<#else>
${labels[noLegalSource]}
</#list>

## ${labels.why}

<#if why??>
<#list why as text>
${text}

</#list>
<#else>
${labels.documentError}

</#if>
## ${labels.avoid}

<#if avoid??>
```yaml
${avoid}
```
<#else>
–
</#if>

## ${labels.prefer}

<#if prefer??>
```yaml
${prefer}
```
<#else>
–
</#if>

## ${labels.waivers}

<#if waivable>
${labels.waivableWhy}

```yaml
waivers:
  - rule: ${id}
    reason: "…"
    approvedBy: "…"
    expires: 2027-07-31
```
<#else>
${labels.notWaivable}
</#if>
<#if files??>

## ${labels.files}

- [${files.ruleFile?keep_after_last("/")}](${files.ruleFileLink}): ${labels.ruleFile}
<#if files.drl??>
- [${files.drl?keep_after_last("/")}](${files.drlLink}): ${labels.drl}
</#if>
- ${labels.fixtures}: <#list files.fixtureLinks as link>[${link?keep_after_last("/")}](${link})<#sep>, </#sep></#list>
</#if>
