namespace VpnLint.Rules.Addressing;

/// <summary>
/// For each block of a list, the earliest block listed before it that overlaps it, in O(n log n) so that a
/// list of tens of thousands of blocks stays quick. Two CIDR blocks are either disjoint or one contains the
/// other, so blocks sorted by first address, wider first, form a forest: the blocks that overlap a block are
/// its ancestors (those containing it, equal ones included) and its descendants (those it contains). One
/// sweep with a stack of the current chain of ancestors finds the earliest of both. A short list, which is
/// what nearly every request holds, is compared pair by pair, which allocates only the answer.
/// </summary>
internal static class EarliestOverlap
{
    /// <summary>Up to this many blocks, comparing every pair is quicker than sorting.</summary>
    internal const int PairwiseLimit = 16;

    private const int None = int.MaxValue;

    /// <summary>
    /// Index <c>i</c> of the answer holds the index of the earliest block before block <c>i</c> that overlaps
    /// it, or -1 when none does; a null block (one that does not parse) overlaps nothing.
    /// </summary>
    public static int[] Find(IReadOnlyList<Ipv4Cidr?> blocks) =>
        blocks.Count <= PairwiseLimit ? ByEveryPair(blocks) : BySweep(blocks);

    internal static int[] ByEveryPair(IReadOnlyList<Ipv4Cidr?> blocks)
    {
        var earliest = new int[blocks.Count];
        for (var later = 0; later < blocks.Count; later++)
        {
            earliest[later] = -1;
            if (blocks[later] is not { } block)
            {
                continue;
            }

            for (var earlier = 0; earlier < later; earlier++)
            {
                if (blocks[earlier] is { } other && other.Overlaps(block))
                {
                    earliest[later] = earlier;
                    break;
                }
            }
        }

        return earliest;
    }

    internal static int[] BySweep(IReadOnlyList<Ipv4Cidr?> blocks)
    {
        var count = blocks.Count;
        var order = new List<int>(count);
        for (var index = 0; index < count; index++)
        {
            if (blocks[index].HasValue)
            {
                order.Add(index);
            }
        }

        order.Sort((left, right) => Compare(blocks, left, right));

        // The earliest index among a block's ancestors, and among its descendants.
        var earliestAncestor = new int[count];
        var earliestDescendant = new int[count];
        for (var index = 0; index < count; index++)
        {
            earliestDescendant[index] = None;
        }

        // The chain of blocks containing the current one, each with the earliest index of it and those under it.
        var chain = new Stack<(int Index, int EarliestInChain)>();
        foreach (var index in order)
        {
            var block = blocks[index]!.Value;
            while (chain.Count > 0 && !blocks[chain.Peek().Index]!.Value.Contains(block))
            {
                Close(chain, earliestDescendant);
            }

            earliestAncestor[index] = chain.Count > 0 ? chain.Peek().EarliestInChain : None;
            chain.Push((index, Math.Min(index, earliestAncestor[index])));
        }

        while (chain.Count > 0)
        {
            Close(chain, earliestDescendant);
        }

        var earliest = new int[count];
        for (var index = 0; index < count; index++)
        {
            var overlap = Math.Min(earliestAncestor[index], earliestDescendant[index]);
            earliest[index] = blocks[index].HasValue && overlap < index ? overlap : -1;
        }

        return earliest;
    }

    /// <summary>Leaves the top block of the chain, handing its own index and its descendants' to the block containing it.</summary>
    private static void Close(Stack<(int Index, int EarliestInChain)> chain, int[] earliestDescendant)
    {
        var closed = chain.Pop().Index;
        if (chain.Count > 0)
        {
            var parent = chain.Peek().Index;
            earliestDescendant[parent] = Math.Min(earliestDescendant[parent], Math.Min(closed, earliestDescendant[closed]));
        }
    }

    /// <summary>By first address, then wider first, then in list order, so a block comes after every block containing it.</summary>
    private static int Compare(IReadOnlyList<Ipv4Cidr?> blocks, int left, int right)
    {
        var leftBlock = blocks[left]!.Value;
        var rightBlock = blocks[right]!.Value;
        var byAddress = leftBlock.FirstAddress.CompareTo(rightBlock.FirstAddress);
        if (byAddress != 0)
        {
            return byAddress;
        }

        var byWidth = leftBlock.PrefixLength.CompareTo(rightBlock.PrefixLength);
        return byWidth != 0 ? byWidth : left.CompareTo(right);
    }
}
