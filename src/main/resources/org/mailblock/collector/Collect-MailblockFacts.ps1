<#
.SYNOPSIS
    Collects, read-only, the Exchange Online and Microsoft Graph facts that mailblock needs to explain why a
    tenant is blocked from sending mail, into one folder of JSON exports.

.DESCRIPTION
    Runs in PowerShell 7 and in Windows PowerShell 5.1. It only reads: every tenant call is a Get-, Search- or
    Find- cmdlet. It connects with Connect-ExchangeOnline and (unless -SkipGraph) with Connect-MgGraph asking
    for the least scopes that cover its reads, checks its rights for each step before running it, and records
    each step in manifest.json: collected, skipped (and why) or failed (and the error). A step that fails
    never stops the others.

    Afterwards, on the analyst's side:
        mailblock import -o tenant.yaml exo <OutputFolder> ndr bounce.eml
        mailblock diagnose tenant.yaml

.PARAMETER OutputFolder
    The folder to write the exports to; created when missing. Files of an earlier run are replaced.

.PARAMETER Sender
    Addresses of the senders whose mail bounced. Their inbox rules are read, and their mailboxes are exported
    even when they do not forward.

.PARAMETER SkipGraph
    Do not connect to Microsoft Graph: no registration details, roles, organization, licenses or risky users.

.PARAMETER DaysOfAudit
    How many days of the unified audit log to search for connector changes (default 90).

.EXAMPLE
    pwsh -File Collect-MailblockFacts.ps1 -OutputFolder .\mailblock-export -Sender alice@contoso.com
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory = $true)]
    [string]$OutputFolder,

    [string[]]$Sender = @(),

    [switch]$SkipGraph,

    [ValidateRange(1, 180)]
    [int]$DaysOfAudit = 90
)

Set-StrictMode -Version 1.0
$ErrorActionPreference = 'Stop'

$CollectorVersion = '1'
$StartedAt = [DateTime]::UtcNow

# The least delegated scopes that cover every Graph read below (Microsoft Graph permissions reference).
$GraphScopes = @(
    'Organization.Read.All',          # organization, subscribed SKUs, directory subscriptions
    'RoleManagement.Read.Directory',  # directory roles and their members
    'User.ReadBasic.All',             # the user principal names of role members
    'AuditLog.Read.All',              # user registration details (MFA)
    'IdentityRiskyUser.Read.All'      # risky users (Microsoft Entra ID P2 only)
)

# Audit log operations searched for: named here, never run.
$AuditedOperations = @(
    'New-InboundConnector', 'Set-InboundConnector', 'Remove-InboundConnector',
    'New-OutboundConnector', 'Set-OutboundConnector', 'Remove-OutboundConnector'
)

$Steps = [System.Collections.ArrayList]::new()
$Tenant = $null
$SkuServicePlans = $null

function Write-Export {
    param([string]$File, [object[]]$Items)
    $path = Join-Path -Path $OutputFolder -ChildPath $File
    # -InputObject keeps a list of one, or of none, a JSON array
    $json = ConvertTo-Json -InputObject @($Items) -Depth 6
    Out-File -FilePath $path -InputObject $json -Encoding utf8
}

function Add-StepRecord {
    param([string]$Name, [string]$File, [string]$Status, $Reason, $Count, [switch]$AlreadyTold)
    $record = [ordered]@{ name = $Name; file = $File; status = $Status; reason = $Reason; count = $Count }
    [void]$Steps.Add($record)
    if ($Status -ne 'collected' -and -not $AlreadyTold) {
        Write-Warning ("{0} ({1}): {2}, {3}" -f $Name, $File, $Status, $Reason)
    }
}

function Get-ErrorText {
    param($ErrorRecord)
    $text = [string]$ErrorRecord.Exception.Message
    return ($text -replace '\s+', ' ').Trim()
}

function Test-ExchangeRight {
    # The reason the signed-in account cannot run the cmdlet, or $null when it can.
    param([string]$Cmdlet)
    if (-not $script:ExchangeConnected) {
        return "not connected to Exchange Online: $script:ExchangeConnectError"
    }
    if (Get-Command -Name $Cmdlet -ErrorAction SilentlyContinue) {
        return $null
    }
    # Exchange Online offers a session only the cmdlets its roles allow: name the roles that would
    $roles = ''
    try {
        $roles = (@(Get-ManagementRole -Cmdlet $Cmdlet -ErrorAction Stop | Select-Object -ExpandProperty Name) -join ', ')
    } catch {
        $roles = ''
    }
    if ($roles) {
        return "the signed-in account has no role that includes $Cmdlet (roles that do: $roles)"
    }
    return "the signed-in account has no role that includes $Cmdlet"
}

function Test-GraphRight {
    # The reason the Graph session cannot run the command, or $null when its scopes cover it.
    param([string]$Command)
    if ($SkipGraph) {
        return '-SkipGraph was given'
    }
    if (-not $script:GraphConnected) {
        return "not connected to Microsoft Graph: $script:GraphConnectError"
    }
    if (-not (Get-Command -Name $Command -ErrorAction SilentlyContinue)) {
        return "the command $Command is not installed (it comes with the Microsoft.Graph modules)"
    }
    $granted = @()
    $context = Get-MgContext
    if ($context -and $context.Scopes) {
        $granted = @($context.Scopes)
    }
    $needed = @()
    try {
        $found = @(Find-MgGraphCommand -Command $Command -ApiVersion v1.0 -ErrorAction Stop)
        foreach ($entry in $found) {
            foreach ($permission in @($entry.Permissions)) {
                if ($permission -and ($permission.PermissionType -ne 'Application')) {
                    $needed += [string]$permission.Name
                }
            }
        }
    } catch {
        # without the permission list the call itself tells
        return $null
    }
    $needed = @($needed | Where-Object { $_ } | Select-Object -Unique)
    if ($needed.Count -eq 0) {
        return $null
    }
    foreach ($scope in $needed) {
        if ($granted -contains $scope) {
            return $null
        }
    }
    return ("the Graph session was not granted any of the scopes $Command needs ({0}); consent to them or ask an administrator to" -f ($needed -join ', '))
}

function Test-StepRight {
    # Why the step cannot run with the rights this session has, or $null when it can.
    param([hashtable]$Step)
    if ($Step.Kind -eq 'exchange') {
        return Test-ExchangeRight -Cmdlet $Step.Name
    }
    return Test-GraphRight -Command $Step.Name
}

function Invoke-CollectorStep {
    param([hashtable]$Step, [int]$Index, [int]$Total)
    Write-Progress -Activity 'Collecting mailblock facts (read-only)' -Status ("{0} -> {1}" -f $Step.Name, $Step.File) `
        -PercentComplete ([int](100 * $Index / $Total))
    try {
        $result = & $Step.Collect
        if ($result -is [string]) {
            # a collector that returns text says why it skipped
            Add-StepRecord -Name $Step.Name -File $Step.File -Status 'skipped' -Reason $result -Count $null
            return
        }
        $items = @($result.Items)
        Write-Export -File $Step.File -Items $items
        Add-StepRecord -Name $Step.Name -File $Step.File -Status 'collected' -Reason $result.Note -Count $items.Count
    } catch {
        Add-StepRecord -Name $Step.Name -File $Step.File -Status 'failed' -Reason (Get-ErrorText $_) -Count $null
    }
}

function Get-Collected {
    param([object[]]$Items, $Note = $null)
    return @{ Items = @($Items); Note = $Note }
}

function Get-IsoTime {
    param($Value)
    if ($null -eq $Value) { return $null }
    $time = [DateTime]$Value
    if ($time.Kind -eq [DateTimeKind]::Unspecified) {
        # Exchange Online gives its times in UTC without saying so
        $time = [DateTime]::SpecifyKind($time, [DateTimeKind]::Utc)
    }
    return $time.ToUniversalTime().ToString('yyyy-MM-ddTHH:mm:ssZ')
}

function Get-Texts {
    # A property that holds one or many identities, as plain strings; the comma keeps a list of one a list.
    param($Value)
    return , [string[]]@($Value | Where-Object { $null -ne $_ } | ForEach-Object { [string]$_ })
}

function Get-DomainOf {
    param([string]$Address)
    if (-not $Address) { return '' }
    $at = $Address.LastIndexOf('@')
    if ($at -lt 0) { return '' }
    return $Address.Substring($at + 1).ToLowerInvariant()
}

# ---------------------------------------------------------------------------------------------------------
# Connect

# .NET resolves relative paths against the process's folder, not PowerShell's current location
$OutputFolder = $ExecutionContext.SessionState.Path.GetUnresolvedProviderPathFromPSPath($OutputFolder)
[void][System.IO.Directory]::CreateDirectory($OutputFolder)

$script:ExchangeConnected = $false
$script:ExchangeConnectError = 'the ExchangeOnlineManagement module is not installed (Install-Module ExchangeOnlineManagement -Scope CurrentUser)'
if (Get-Module -ListAvailable -Name ExchangeOnlineManagement) {
    try {
        Write-Progress -Activity 'Collecting mailblock facts (read-only)' -Status 'Connecting to Exchange Online'
        Import-Module ExchangeOnlineManagement -ErrorAction Stop
        Connect-ExchangeOnline -ShowBanner:$false -ErrorAction Stop
        $script:ExchangeConnected = $true
    } catch {
        $script:ExchangeConnectError = Get-ErrorText $_
    }
}

$script:GraphConnected = $false
$script:GraphConnectError = 'the Microsoft.Graph.Authentication module is not installed (Install-Module Microsoft.Graph -Scope CurrentUser)'
if (-not $SkipGraph -and (Get-Module -ListAvailable -Name Microsoft.Graph.Authentication)) {
    try {
        Write-Progress -Activity 'Collecting mailblock facts (read-only)' -Status 'Connecting to Microsoft Graph'
        Import-Module Microsoft.Graph.Authentication -ErrorAction Stop
        $connect = @{ Scopes = $GraphScopes; ErrorAction = 'Stop' }
        if ((Get-Command Connect-MgGraph).Parameters.ContainsKey('NoWelcome')) {
            $connect['NoWelcome'] = $true
        }
        Connect-MgGraph @connect
        $script:GraphConnected = $true
    } catch {
        $script:GraphConnectError = Get-ErrorText $_
    }
}

# ---------------------------------------------------------------------------------------------------------
# The steps, in the order of the manifest

$Plan = @(
    @{ Name = 'Get-AcceptedDomain'; File = 'accepted-domains.json'; Kind = 'exchange'; Collect = {
        $domains = @(Get-AcceptedDomain -ErrorAction Stop)
        $initial = @($domains | Where-Object { [string]$_.DomainName -match '^[A-Za-z0-9-]+\.onmicrosoft\.com$' })
        if ($initial.Count -gt 0 -and -not $script:Tenant) {
            $script:Tenant = ([string]$initial[0].DomainName).ToLowerInvariant()
        }
        Get-Collected $domains
    } },
    @{ Name = 'Get-InboundConnector'; File = 'inbound-connectors.json'; Kind = 'exchange'; Collect = {
        Get-Collected @(Get-InboundConnector -ErrorAction Stop)
    } },
    @{ Name = 'Get-OutboundConnector'; File = 'outbound-connectors.json'; Kind = 'exchange'; Collect = {
        Get-Collected @(Get-OutboundConnector -ErrorAction Stop)
    } },
    @{ Name = 'Get-BlockedSenderAddress'; File = 'blocked-senders.json'; Kind = 'exchange'; Collect = {
        Get-Collected @(Get-BlockedSenderAddress -ErrorAction Stop)
    } },
    @{ Name = 'Get-BlockedConnector'; File = 'blocked-connectors.json'; Kind = 'exchange'; Collect = {
        Get-Collected @(Get-BlockedConnector -ErrorAction Stop)
    } },
    @{ Name = 'Get-LimitsEnforcementStatus'; File = 'limits-enforcement-status.json'; Kind = 'exchange'; Collect = {
        Get-Collected @(Get-LimitsEnforcementStatus -ErrorAction Stop)
    } },
    @{ Name = 'Get-HostedOutboundSpamFilterPolicy'; File = 'outbound-spam-policies.json'; Kind = 'exchange'; Collect = {
        Get-Collected @(Get-HostedOutboundSpamFilterPolicy -ErrorAction Stop)
    } },
    @{ Name = 'Get-Mailbox'; File = 'mailbox-forwarding.json'; Kind = 'exchange'; Collect = {
        $senders = @($Sender | ForEach-Object { ([string]$_).ToLowerInvariant() })
        $mailboxes = @(Get-Mailbox -ResultSize Unlimited -ErrorAction Stop | Where-Object {
                $_.ForwardingSmtpAddress -or $_.ForwardingAddress -or
                ($senders -contains ([string]$_.UserPrincipalName).ToLowerInvariant()) -or
                ($senders -contains ([string]$_.PrimarySmtpAddress).ToLowerInvariant())
            } | Select-Object UserPrincipalName,
                @{ Name = 'PrimarySmtpAddress'; Expression = { [string]$_.PrimarySmtpAddress } },
                @{ Name = 'ForwardingSmtpAddress'; Expression = { if ($_.ForwardingSmtpAddress) { [string]$_.ForwardingSmtpAddress } else { $null } } },
                @{ Name = 'ForwardingAddress'; Expression = { if ($_.ForwardingAddress) { [string]$_.ForwardingAddress } else { $null } } },
                DeliverToMailboxAndForward)
        Get-Collected $mailboxes 'only mailboxes that forward, and the mailboxes of the senders given with -Sender'
    } },
    @{ Name = 'Get-InboxRule'; File = 'inbox-rules.json'; Kind = 'exchange'; Collect = {
        if (@($Sender).Count -eq 0) {
            return 'no sender was given with -Sender, so no mailbox was chosen to read inbox rules from'
        }
        $rules = [System.Collections.ArrayList]::new()
        $unread = [System.Collections.ArrayList]::new()
        foreach ($address in $Sender) {
            try {
                $found = @(Get-InboxRule -Mailbox $address -ErrorAction Stop)
            } catch {
                # a sender without a mailbox here (an on-premises or outside sender) costs only its own rules
                [void]$unread.Add(('{0}: {1}' -f $address, (Get-ErrorText $_)))
                continue
            }
            foreach ($rule in $found) {
                [void]$rules.Add([pscustomobject][ordered]@{
                    MailboxOwnerId        = [string]$rule.MailboxOwnerId
                    Identity              = [string]$rule.Identity
                    Name                  = [string]$rule.Name
                    Enabled               = [bool]$rule.Enabled
                    ForwardTo             = [string[]](Get-Texts $rule.ForwardTo)
                    ForwardAsAttachmentTo = [string[]](Get-Texts $rule.ForwardAsAttachmentTo)
                    RedirectTo            = [string[]](Get-Texts $rule.RedirectTo)
                })
            }
        }
        if ($unread.Count -eq @($Sender).Count) {
            throw ('no inbox rules could be read: ' + ($unread -join '; '))
        }
        $note = 'the inbox rules of ' + ($Sender -join ', ')
        if ($unread.Count -gt 0) {
            $note = $note + '; not read: ' + ($unread -join '; ')
        }
        Get-Collected $rules.ToArray() $note
    } },
    @{ Name = 'Search-UnifiedAuditLog'; File = 'connector-audit.json'; Kind = 'exchange'; Collect = {
        $end = [DateTime]::UtcNow
        $records = @(Search-UnifiedAuditLog -StartDate $end.AddDays(-$DaysOfAudit) -EndDate $end `
                -Operations $AuditedOperations -ResultSize 5000 -ErrorAction Stop |
            Select-Object CreationDate, UserIds, Operations, AuditData)
        $note = "the last $DaysOfAudit days"
        if ($records.Count -ge 5000) {
            $note = "the last $DaysOfAudit days; 5000 records, the most one search returns: older changes may be missing"
        }
        Get-Collected $records $note
    } },
    @{ Name = 'Get-TenantAllowBlockListItems'; File = 'tenant-block-list.json'; Kind = 'exchange'; Collect = {
        Get-Collected @(Get-TenantAllowBlockListItems -ListType Sender -Block -ErrorAction Stop)
    } },
    @{ Name = 'Get-MessageTraceV2'; File = 'message-trace.json'; Kind = 'exchange'; Collect = {
        # 10 days is the widest window one query may cover; 5000 rows the most it returns, so page on
        $end = [DateTime]::UtcNow
        $start = $end.AddDays(-10)
        $rows = [System.Collections.ArrayList]::new()
        $query = @{ StartDate = $start; EndDate = $end; ResultSize = 5000; ErrorAction = 'Stop' }
        $pages = 0
        $complete = $true
        while ($true) {
            $page = @(Get-MessageTraceV2 @query)
            foreach ($row in $page) { [void]$rows.Add($row) }
            $pages++
            if ($page.Count -lt 5000) { break }
            if ($pages -ge 40) { $complete = $false; break }
            $last = $page[$page.Count - 1]
            $query['EndDate'] = $last.Received
            $query['StartingRecipientAddress'] = [string]$last.RecipientAddress
        }
        $groups = @($rows | Group-Object -Property { Get-DomainOf ([string]$_.SenderAddress) }, { [string]$_.Status } |
            Sort-Object Name | ForEach-Object {
                $received = @($_.Group | ForEach-Object { [DateTime]$_.Received } | Sort-Object)
                [pscustomobject][ordered]@{
                    SenderDomain  = Get-DomainOf ([string]$_.Group[0].SenderAddress)
                    Status        = [string]$_.Group[0].Status
                    Count         = $_.Count
                    FirstReceived = Get-IsoTime $received[0]
                    LastReceived  = Get-IsoTime $received[$received.Count - 1]
                }
            })
        $note = "the last 10 days, $($rows.Count) messages"
        if (-not $complete) {
            $note = "the newest $($rows.Count) messages of the last 10 days; older ones were not read"
        }
        Get-Collected $groups $note
    } },
    @{ Name = 'Get-MgReportAuthenticationMethodUserRegistrationDetail'; File = 'registration.json'; Kind = 'graph'; Collect = {
        Get-Collected @(Get-MgReportAuthenticationMethodUserRegistrationDetail -All -ErrorAction Stop)
    } },
    @{ Name = 'Get-MgDirectoryRole'; File = 'directory-roles.json'; Kind = 'graph'; Collect = {
        $memberDenied = Test-GraphRight -Command 'Get-MgDirectoryRoleMember'
        if ($memberDenied) {
            return "members cannot be read: $memberDenied"
        }
        $roles = @(Get-MgDirectoryRole -All -ErrorAction Stop | Sort-Object DisplayName | ForEach-Object {
                $members = @(Get-MgDirectoryRoleMember -DirectoryRoleId $_.Id -All -ErrorAction Stop | ForEach-Object {
                        $upn = $null
                        if ($_.AdditionalProperties -and $_.AdditionalProperties.ContainsKey('userPrincipalName')) {
                            $upn = [string]$_.AdditionalProperties['userPrincipalName']
                        }
                        [pscustomobject][ordered]@{ Id = [string]$_.Id; UserPrincipalName = $upn }
                    })
                [pscustomobject][ordered]@{
                    DisplayName    = [string]$_.DisplayName
                    RoleTemplateId = [string]$_.RoleTemplateId
                    Members        = [object[]]$members
                }
            })
        Get-Collected $roles
    } },
    @{ Name = 'Get-MgOrganization'; File = 'organization.json'; Kind = 'graph'; Collect = {
        $organization = @(Get-MgOrganization -ErrorAction Stop)
        foreach ($org in $organization) {
            foreach ($domain in @($org.VerifiedDomains)) {
                if ($domain -and $domain.IsInitial) {
                    # the initial domain is the tenant's name for certain; an accepted domain only likely
                    $script:Tenant = ([string]$domain.Name).ToLowerInvariant()
                }
            }
        }
        Get-Collected $organization
    } },
    @{ Name = 'Get-MgSubscribedSku'; File = 'subscribed-skus.json'; Kind = 'graph'; Collect = {
        $skus = @(Get-MgSubscribedSku -All -ErrorAction Stop)
        $script:SkuServicePlans = @($skus | ForEach-Object { @($_.ServicePlans) } | ForEach-Object { [string]$_.ServicePlanName })
        Get-Collected $skus
    } },
    @{ Name = 'Get-MgDirectorySubscription'; File = 'subscriptions.json'; Kind = 'graph'; Collect = {
        Get-Collected @(Get-MgDirectorySubscription -All -ErrorAction Stop)
    } },
    @{ Name = 'Get-MgRiskyUser'; File = 'risky-users.json'; Kind = 'graph'; Collect = {
        if ($null -ne $script:SkuServicePlans -and -not ($script:SkuServicePlans -contains 'AAD_PREMIUM_P2')) {
            return 'the tenant has no Microsoft Entra ID P2 service plan (AAD_PREMIUM_P2), which risky users need'
        }
        try {
            Get-Collected @(Get-MgRiskyUser -All -ErrorAction Stop)
        } catch {
            $text = Get-ErrorText $_
            if ($text -match 'licen[cs]e|P2|premium') {
                return "risky users are not licensed in this tenant: $text"
            }
            throw
        }
    } }
)

# ---------------------------------------------------------------------------------------------------------
# Run

try {
    # rights first: say everything that cannot be collected before the long reads start
    $denials = @{}
    foreach ($step in $Plan) {
        $denied = Test-StepRight -Step $step
        if ($denied) {
            $denials[$step.Name] = $denied
            Write-Warning ("cannot collect {0} ({1}): {2}" -f $step.File, $step.Name, $denied)
        }
    }
    $index = 0
    foreach ($step in $Plan) {
        if ($denials.ContainsKey($step.Name)) {
            Add-StepRecord -Name $step.Name -File $step.File -Status 'skipped' -Reason $denials[$step.Name] -Count $null -AlreadyTold
        } else {
            Invoke-CollectorStep -Step $step -Index $index -Total $Plan.Count
        }
        $index++
    }
} finally {
    Write-Progress -Activity 'Collecting mailblock facts (read-only)' -Completed

    $modules = @(Get-Module -Name ExchangeOnlineManagement, 'Microsoft.Graph.*' | Sort-Object Name |
        ForEach-Object { [ordered]@{ name = $_.Name; version = [string]$_.Version } })
    $manifest = [ordered]@{
        collector        = 'mailblock-collector'
        collectorVersion = $CollectorVersion
        startedAt        = Get-IsoTime $StartedAt
        finishedAt       = Get-IsoTime ([DateTime]::UtcNow)
        tenant           = $Tenant
        powershell       = [string]$PSVersionTable.PSVersion
        modules          = [object[]]$modules
        steps            = [object[]]$Steps.ToArray()
    }
    Out-File -FilePath (Join-Path -Path $OutputFolder -ChildPath 'manifest.json') `
        -InputObject (ConvertTo-Json -InputObject $manifest -Depth 6) -Encoding utf8

    if ($script:ExchangeConnected) {
        Disconnect-ExchangeOnline -Confirm:$false -ErrorAction SilentlyContinue
    }
    if ($script:GraphConnected) {
        [void](Disconnect-MgGraph -ErrorAction SilentlyContinue)
    }
}

$collected = @($Steps | Where-Object { $_.status -eq 'collected' }).Count
Write-Host ("mailblock collector: {0} of {1} exports collected into {2} (see manifest.json for the others)." -f `
    $collected, $Steps.Count, $OutputFolder)
Write-Host "Next, on the analyst's side: mailblock import -o tenant.yaml exo <this folder> ndr bounce.eml"
