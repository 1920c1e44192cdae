<#-- The agreement `praksis init` writes. Its texts come from skeleton*.properties in the agreement's
     language: t holds the plain texts, f the placeholders ("<<FYLL INN: …>>", quoted). Without
     --programme, programmes is empty and the programme, site and commitment are placeholders. -->
# yaml-language-server: $schema=${schema}
# ${t.created}
# ${t.replace}
# ${t.explained}
format: praksisavtale/v1
id: ${f.id}
version: 1
language: ${language}
title: ${f.title}

parties:
  institution:
    name: ${f.institutionName}
    organisationNumber: ${f.institutionOrganisationNumber}
    unit: ${f.unit}
  municipalities:
    - id: ${f.municipalityId}
      name: ${f.municipalityName}
      organisationNumber: ${f.municipalityOrganisationNumber}
      municipalityNumber: ${f.municipalityNumber}

term:
  effectiveFrom: ${f.effectiveFrom}
  effectiveTo: ${f.effectiveTo}
  noticeMonths: 6
  reviewCycle: annual            # annual | biennial | per-term

programmes:
<#list programmes as p>
  - code: ${p.code}
    name: "${p.name}"
  <#if p.terms?has_content>
    terms:
    <#list p.terms as term>
      ${term.key}: ${term.fill}
    </#list>
  </#if>
<#else>
  - code: ${f.programmeCodeExample}
</#list>

sites:
<#list programmes as p>
  - id: ${p.siteId}
    name: ${p.siteName}
    serviceArea: ${p.roundTheClockCare?then(f.roundTheClockServiceArea, f.serviceArea)}
    programmes: [${p.code}]
  <#if p.roundTheClockCare>
    roundTheClockCare: true      # ${t.roundTheClockCare}
  </#if>
<#else>
  - id: ${f.siteId}
    name: ${f.siteName}
    serviceArea: ${f.serviceArea}
    programmes: [${f.programmeCode}]
</#list>

capacity:
  cycle: academic-year           # academic-year | calendar-year
  commitments:
<#list programmes as p>
    - programme: ${p.code}
      site: ${p.siteReference}
      minimumPlacements: 1
  <#if p.roundTheClockCare>
      periods:                   # ${t.sevenWeeks}
        - weeks: ${f.sevenWeeks}
          placements: 1
  </#if>
<#else>
    - programme: ${f.programmeCode}
      site: ${f.siteReference}
      minimumPlacements: 1
</#list>

competence:
  supervisors:
    sameProfession: true
    formalSupervisionCompetence: expected   # required | expected | not-required
  professionalEnvironment: ${f.professionalEnvironment}
  supervisionTraining:
    provider: institution        # institution | municipality | joint
    description: ${f.supervisionTraining}
<#if supervisionTrainingPlan>
    plan: ${f.supervisionTrainingPlan}
</#if>

evaluation:
  cooperation:
    frequency: annual            # annual | per-term | per-period
    description: ${f.cooperation}
  quality:
    frequency: per-period
    description: ${f.quality}
  competenceDevelopment:
    frequency: annual
    description: ${f.competenceDevelopment}

responsibilities:
  institution:
    followUp: ${f.followUp}
    pedagogicalSupport: ${f.pedagogicalSupport}
  municipality:
    placements: ${f.placements}
    dailySupervision: ${f.dailySupervision}
    soundPractice: ${f.soundPractice}
  professionalDevelopment: ${f.professionalDevelopment}

roles:
  practiceCoordinators:
    institution:
      name: ${f.institutionCoordinator}
      email: ${f.email}
    municipalities:
      - municipality: ${f.municipalityReference}
        name: ${f.municipalityCoordinator}
        email: ${f.email}
  professionalDeveloper:
    name: ${f.professionalDeveloper}
    organisation: ${f.professionalDeveloperOrganisation}

collaboration:
  forums:
    - level: administrative
      name: ${f.administrativeForum}
      participants: [${t.administrativeParticipants}]
      frequency: annual          # annual | per-term | monthly | as-needed
    - level: professional
      name: ${f.professionalForum}
      participants: [${t.professionalParticipants}]
      frequency: per-term
    - level: operational
      name: ${f.operationalForum}
      participants: [${t.operationalParticipants}]
      frequency: monthly

signatories:
  - party: institution
    name: ${f.signatoryName}
    title: ${f.institutionSignatoryTitle}
    level: administrative        # administrative | professional | operational
  - party: ${f.municipalityReference}
    name: ${f.signatoryName}
    title: ${f.municipalitySignatoryTitle}
    level: administrative

students:
  confidentialityDeclaration: true
  policeCertificate: required    # required | not-required
<#if suitabilityAssessment>
  suitabilityAssessment: ${f.suitabilityAssessment}
</#if>

userInvolvement:
  organisations: [${f.userOrganisation}]
  description: ${f.userInvolvement}
