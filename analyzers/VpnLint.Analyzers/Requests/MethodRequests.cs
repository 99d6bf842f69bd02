using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;
using VpnLint.Analyzers.Sdk;

namespace VpnLint.Analyzers.Requests;

/// <summary>
/// The SDK requests one method, or one local function or lambda in it, builds. A request held in a
/// local, a parameter, a field or a property of <c>this</c> collects the values of its object
/// initializer and of every assignment to its properties in that code; it is complete when that code
/// creates it, sends it with the SDK and hands it to nothing else (a local function or lambda that
/// uses the variable counts as something else). Everything is flow-insensitive: a property set twice,
/// directly, through a copy of the variable or from a local function or lambda, is not known.
/// </summary>
internal sealed class MethodRequests
{
    private readonly SdkSymbols sdk;

    private readonly IOperation? function;
    private readonly Dictionary<ISymbol, Holder> holders = new(SymbolEqualityComparer.Default);
    private readonly List<RequestDraft> drafts = [];

    // Writes to requests the method cannot follow (w.Request.Port, requests[0].Port): each is a draft of its own.
    private readonly List<(PropertyWrite Write, SdkRequestType Type, TextSpan Anchor)> looseWrites = [];

    public MethodRequests(SdkSymbols sdk, IOperation? function)
    {
        this.sdk = sdk;
        this.function = function;
    }

    /// <summary>The local function or lambda whose requests these are; null for the method itself.</summary>
    public IOperation? Function => function;

    /// <summary>True when a request is held in a variable, whose every use in the method must then be followed (see <see cref="Follow"/>).</summary>
    public bool HoldsRequestsInVariables => holders.Count > 0;

    /// <summary>The requests of what <see cref="AddCreation"/> and <see cref="AddWrite"/> kept and <see cref="Follow"/> saw.</summary>
    public List<RequestDraft> Drafts()
    {
        AddHolderDrafts();
        AddLooseDrafts();
        return drafts;
    }

    public void AddCreation(IObjectCreationOperation creation, SdkRequestType type)
    {
        if (HolderOfCreation(creation) is { } symbol)
        {
            HolderFor(symbol).Creations.Add(creation);
        }
        else
        {
            drafts.Add(new RequestDraft(type, Anchor(creation), InitializerWrites(creation, type), isWhole: true, isComplete: IsSentDirectly(creation, type)));
        }
    }

    public void AddWrite(IPropertyReferenceOperation property, SdkRequestType type)
    {
        if (!TryGetWrite(property, out var write))
        {
            return;
        }

        if (HolderOf(property.Instance!) is { } holder)
        {
            var state = HolderFor(holder);
            state.Writes.Add(write);
            state.WriteType ??= type;
        }
        else
        {
            looseWrites.Add((write, type, property.Syntax.Span));
        }
    }

    /// <summary>
    /// A write to a request the method cannot follow is a draft of its own. Two such writes of one
    /// parameter of one request type may be to the same request, and which comes last is not known:
    /// neither value is judged.
    /// </summary>
    private void AddLooseDrafts()
    {
        foreach (var (write, type, anchor) in looseWrites)
        {
            var judged = write;
            foreach (var (other, otherType, _) in looseWrites)
            {
                if (other != write && otherType == type && other.Name == write.Name)
                {
                    judged = write.Unknown();
                    break;
                }
            }

            drafts.Add(new RequestDraft(type, anchor, [judged], isWhole: false, isComplete: false));
        }
    }

    /// <summary>
    /// How the method uses a variable that holds a request: sends it, sets it, or hands it on (then it may
    /// be set elsewhere). <paramref name="symbol"/> is the variable <paramref name="operation"/> names (see
    /// <see cref="HolderOf"/>), and <paramref name="scope"/> the function whose code the operation is.
    /// </summary>
    public void Follow(IOperation operation, ISymbol symbol, IOperation? scope)
    {
        if (!holders.TryGetValue(symbol, out var holder))
        {
            return;
        }

        var use = WithConversions(operation);
        if (scope != function)
        {
            // Used by a local function or lambda (or, from one, by the code around it): it may set the
            // request, and a parameter it sets may be set after this code's value.
            holder.SetElsewhere = true;
            if (use.Parent is IPropertyReferenceOperation property && property.Instance == use && TryGetWrite(property, out var write))
            {
                holder.Writes.Add(write.Unknown());
            }

            return;
        }

        switch (use.Parent)
        {
            case IPropertyReferenceOperation property when property.Instance == use && IsParameterDictionary(property):
                FollowParameterDictionary(holder, property);
                break;
            case IPropertyReferenceOperation property when property.Instance == use:
            case IInvocationOperation invocation when invocation.Instance == use:
            case IConditionalAccessOperation conditional when conditional.Operation == use:
                break;
            case ISimpleAssignmentOperation assignment when assignment.Target == use:
                if (!(Unwrap(assignment.Value) is IObjectCreationOperation creation && sdk.RequestType(creation.Type) is not null))
                {
                    holder.SetElsewhere = true;
                }

                break;
            case IArgumentOperation { Parent: IInvocationOperation invocation } when holder.Creations.Count == 1 &&
                sdk.RequestType(holder.Creations[0].Type) is { } type && sdk.Sends(invocation, type):
                holder.IsSent = true;
                break;
            default:
                holder.SetElsewhere = true;
                if (AliasOf(use) is { } alias)
                {
                    holder.AddAlias(alias);
                    HolderFor(alias).AddAlias(symbol);
                }

                break;
        }
    }

    /// <summary>A V1 request's dictionaries (<c>QueryParameters</c>, into which its setters write, <c>BodyParameters</c> and the like).</summary>
    private bool IsParameterDictionary(IPropertyReferenceOperation property) =>
        property.Type is INamedTypeSymbol { IsReferenceType: true, SpecialType: SpecialType.None, IsGenericType: true } &&
        sdk.RequestType(property.Instance!.Type) is { Generation: SdkGeneration.V1 } type && !type.HasParameter(property.Property.Name);

    /// <summary>
    /// <c>request.QueryParameters["PskEnabled"] = value</c> sets that parameter to a value not judged;
    /// any other use of the dictionary may set anything.
    /// </summary>
    private void FollowParameterDictionary(Holder holder, IPropertyReferenceOperation dictionary)
    {
        if (dictionary.Parent is IPropertyReferenceOperation { Property.IsIndexer: true, Arguments.Length: 1 } indexer && indexer.Instance == dictionary &&
            indexer.Arguments[0].Value.ConstantValue is { HasValue: true, Value: string name } &&
            indexer.Parent is ISimpleAssignmentOperation assignment && assignment.Target == indexer &&
            sdk.RequestType(dictionary.Instance!.Type) is { } type && type.HasParameter(name))
        {
            holder.Writes.Add(new PropertyWrite(name, indexer.Syntax, null, assignment.Value.Syntax));
            holder.WriteType ??= type;
            return;
        }

        holder.SetElsewhere = true;
    }

    /// <summary>The variable a request is copied into (<c>var copy = request;</c>), whose writes set the same request.</summary>
    private static ISymbol? AliasOf(IOperation use) => use.Parent switch
    {
        IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator } => declarator.Symbol,
        ISimpleAssignmentOperation assignment when assignment.Value == use => HolderOf(assignment.Target),
        _ => null,
    };

    /// <summary>A holder's writes, and those through its aliases with their values not known: which comes last is not known.</summary>
    private List<PropertyWrite> WritesOf(Holder holder)
    {
        var writes = new List<PropertyWrite>(holder.Writes);
        foreach (var alias in holder.Aliases)
        {
            foreach (var write in holders[alias].Writes)
            {
                writes.Add(write.Unknown());
            }
        }

        return writes;
    }

    private void AddHolderDrafts()
    {
        foreach (var holder in holders.Values)
        {
            if (holder.Creations.Count == 1 && sdk.RequestType(holder.Creations[0].Type) is { } type &&
                (holder.WriteType is null || holder.WriteType == type))
            {
                var creation = holder.Creations[0];
                var writes = InitializerWrites(creation, type);
                writes.AddRange(WritesOf(holder));
                drafts.Add(new RequestDraft(type, Anchor(creation), writes, isWhole: true, isComplete: holder.IsSent && !holder.SetElsewhere));
                continue;
            }

            foreach (var creation in holder.Creations)
            {
                drafts.Add(new RequestDraft(sdk.RequestType(creation.Type)!, Anchor(creation), InitializerWrites(creation, sdk.RequestType(creation.Type)!), isWhole: false, isComplete: false));
            }

            if (holder.WriteType is { } writeType)
            {
                drafts.Add(new RequestDraft(writeType, holder.Writes[0].NameSyntax.Span, WritesOf(holder), isWhole: false, isComplete: false));
            }
        }
    }

    private Holder HolderFor(ISymbol symbol)
    {
        if (!holders.TryGetValue(symbol, out var holder))
        {
            holder = new Holder();
            holders.Add(symbol, holder);
        }

        return holder;
    }

    private bool IsSentDirectly(IObjectCreationOperation creation, SdkRequestType type) =>
        WithConversions(creation).Parent is IArgumentOperation { Parent: IInvocationOperation invocation } && sdk.Sends(invocation, type);

    private static List<PropertyWrite> InitializerWrites(IObjectCreationOperation creation, SdkRequestType type)
    {
        var writes = new List<PropertyWrite>();
        if (creation.Initializer is null)
        {
            return writes;
        }

        foreach (var initializer in creation.Initializer.Initializers)
        {
            switch (initializer)
            {
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } assignment when type.HasParameter(property.Property.Name):
                    writes.Add(new PropertyWrite(property.Property.Name, NameOf(property.Syntax), assignment.Value, assignment.Value.Syntax));
                    break;
                case IMemberInitializerOperation { InitializedMember: IPropertyReferenceOperation property } member when type.HasParameter(property.Property.Name):
                    writes.Add(new PropertyWrite(property.Property.Name, NameOf(property.Syntax), null, member.Syntax));
                    break;
            }
        }

        return writes;
    }

    /// <summary>A property reference that is written: the value of a plain assignment, or null for any other change.</summary>
    private static bool TryGetWrite(IPropertyReferenceOperation property, out PropertyWrite write)
    {
        var name = property.Property.Name;
        var nameSyntax = NameOf(property.Syntax);
        switch (property.Parent)
        {
            case ISimpleAssignmentOperation assignment when assignment.Target == property:
                write = new PropertyWrite(name, nameSyntax, assignment.Value, assignment.Value.Syntax);
                return true;
            case ICompoundAssignmentOperation compound when compound.Target == property:
            case ICoalesceAssignmentOperation coalesce when coalesce.Target == property:
            case IIncrementOrDecrementOperation increment when increment.Target == property:
                write = new PropertyWrite(name, nameSyntax, null, property.Parent.Syntax);
                return true;
            case ITupleOperation tuple when IsDeconstructionTarget(tuple):
                write = new PropertyWrite(name, nameSyntax, null, property.Syntax);
                return true;
            default:
                write = null!;
                return false;
        }
    }

    private static bool IsDeconstructionTarget(ITupleOperation tuple)
    {
        IOperation current = tuple;
        while (current.Parent is ITupleOperation outer)
        {
            current = outer;
        }

        return current.Parent is IDeconstructionAssignmentOperation deconstruction && deconstruction.Target == current;
    }

    /// <summary>The variable a creation is stored in: a local's initializer, an assignment, a field or property initializer.</summary>
    private static ISymbol? HolderOfCreation(IObjectCreationOperation creation)
    {
        var use = WithConversions(creation);
        return use.Parent switch
        {
            IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator } => declarator.Symbol,
            ISimpleAssignmentOperation assignment when assignment.Value == use => HolderOf(assignment.Target),
            IFieldInitializerOperation { InitializedFields.Length: 1 } field => field.InitializedFields[0],
            IPropertyInitializerOperation { InitializedProperties.Length: 1 } property => property.InitializedProperties[0],
            _ => null,
        };
    }

    /// <summary>The variable an expression names when it is one this method can follow: a local, a parameter, or a field or property of this object or a static one.</summary>
    public static ISymbol? HolderOf(IOperation operation) => operation switch
    {
        ILocalReferenceOperation local => local.Local,
        IParameterReferenceOperation parameter => parameter.Parameter,
        IFieldReferenceOperation field when IsThisOrStatic(field.Instance) => field.Field,
        IPropertyReferenceOperation property when property.Arguments.IsEmpty && IsThisOrStatic(property.Instance) => property.Property,
        IConditionalAccessInstanceOperation conditional when ConditionalReceiver(conditional) is { } receiver => HolderOf(receiver),
        _ => null,
    };

    /// <summary>What <c>?.</c> accesses: <c>request</c> in <c>request?.Port = 1194</c>.</summary>
    private static IOperation? ConditionalReceiver(IConditionalAccessInstanceOperation instance)
    {
        IOperation current = instance;
        while (current.Parent is { } parent)
        {
            if (parent is IConditionalAccessOperation conditional && conditional.WhenNotNull == current)
            {
                return Unwrap(conditional.Operation);
            }

            current = parent;
        }

        return null;
    }

    private static bool IsThisOrStatic(IOperation? instance) =>
        instance is null or IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ContainingTypeInstance };

    public static bool IsImplicitReceiver(IOperation instance) =>
        instance is IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver };

    private static IOperation WithConversions(IOperation operation)
    {
        while (operation.Parent is IConversionOperation { Conversion.IsUserDefined: false } conversion)
        {
            operation = conversion;
        }

        return operation;
    }

    private static IOperation Unwrap(IOperation operation)
    {
        while (operation is IConversionOperation { Conversion.IsUserDefined: false } conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }

    /// <summary><c>new CreateSslVpnServerRequest</c> (or <c>new()</c>) without the initializer: where a missing parameter is reported.</summary>
    private static TextSpan Anchor(IObjectCreationOperation creation) => creation.Syntax switch
    {
        ObjectCreationExpressionSyntax explicitNew => TextSpan.FromBounds(explicitNew.NewKeyword.SpanStart, ((SyntaxNode?)explicitNew.ArgumentList ?? explicitNew.Type).Span.End),
        ImplicitObjectCreationExpressionSyntax implicitNew => TextSpan.FromBounds(implicitNew.NewKeyword.SpanStart, implicitNew.ArgumentList.Span.End),
        var other => other.Span,
    };

    private static SyntaxNode NameOf(SyntaxNode target) => target switch
    {
        MemberAccessExpressionSyntax access => access.Name,
        MemberBindingExpressionSyntax binding => binding.Name,
        _ => target,
    };

    /// <summary>What the method does with one variable that holds a request.</summary>
    private sealed class Holder
    {
        // Shared by every holder without aliases and never added to (AddAlias makes a holder its own set).
        private static readonly HashSet<ISymbol> NoAliases = new(SymbolEqualityComparer.Default);

        private HashSet<ISymbol>? aliases;

        public List<IObjectCreationOperation> Creations { get; } = [];

        public List<PropertyWrite> Writes { get; } = [];

        /// <summary>The request type of the writes through this variable, when there are any.</summary>
        public SdkRequestType? WriteType { get; set; }

        public bool IsSent { get; set; }

        /// <summary>The variable is assigned something else, or handed to code that may set the request.</summary>
        public bool SetElsewhere { get; set; }

        /// <summary>The variables of the method the request is copied into, or copied from.</summary>
        /// <remarks>Made only when there is one: most requests are never copied.</remarks>
        public HashSet<ISymbol> Aliases => aliases ?? NoAliases;

        public void AddAlias(ISymbol alias) => (aliases ??= new HashSet<ISymbol>(SymbolEqualityComparer.Default)).Add(alias);
    }
}
